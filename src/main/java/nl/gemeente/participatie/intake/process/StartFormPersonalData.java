package nl.gemeente.participatie.intake.process;

import java.util.Set;
import nl.gemeente.participatie.platform.camunda.VariablesNeverInHistory;
import org.springframework.stereotype.Component;

/**
 * The start form's BSN is read once by the registration and removed; it never reaches history
 * (issue 13, finding "BSN in history").
 */
@Component
class StartFormPersonalData implements VariablesNeverInHistory {

  @Override
  public Set<String> names() {
    return Set.of(IntakeVariables.BSN.getName());
  }
}
