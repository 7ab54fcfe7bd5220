package nl.gemeente.participatie.intake.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_INTAKE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.gemeente.participatie.intake.IntakeConversation;
import nl.gemeente.participatie.intake.IntakeRejectedException;
import nl.gemeente.participatie.intake.IntakeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * "Intake-uitkomst vastleggen": checks what the caseworker submitted in "Intakegesprek voeren" and
 * records the outcome on the case. Runs in the transaction that completes the task, so a rejection
 * leaves the task open and Tasklist shows the Dutch message.
 */
@Component("recordIntakeOutcome")
class RecordIntakeOutcomeDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final ObjectMapper json;

  RecordIntakeOutcomeDelegate(IntakeService intake, ObjectMapper objectMapper) {
    this.intake = intake;
    // The form may gain display-only fields; they are no reason to refuse an intake.
    this.json = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    try {
      intake.recordIntakeOutcome(caseId, readIntake(execution));
    } catch (IntakeRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
  }

  private IntakeConversation readIntake(DelegateExecution execution) {
    TypedValue value = execution.getVariableTyped(VAR_INTAKE, false);
    if (!(value instanceof SerializableValue serializable) || serializable.getValueSerialized() == null) {
      throw new IntakeRejectedException(List.of("De gegevens van het intakegesprek ontbreken."));
    }
    try {
      return json.readValue(serializable.getValueSerialized(), IntakeConversation.class);
    } catch (JsonProcessingException e) {
      throw new IntakeRejectedException(List.of("De gegevens van het intakegesprek zijn onleesbaar."));
    }
  }
}
