package nl.gemeente.participatie.assessment.process;

import static nl.gemeente.participatie.assessment.process.AssessmentProcess.ASSESSMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.participatie.assessment.Assessment;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Brede intake controleren": in the transaction of the form, so an out-of-range score is refused
 * in Tasklist with a Dutch message before anything is stored.
 */
@Component("recordAssessment")
class RecordAssessmentDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final Clock clock;

  RecordAssessmentDelegate(JsonVariables json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assessment assessment = json.read(execution, ASSESSMENT)
        .orElseThrow(() -> FormRejection.of("De brede intake ontbreekt of is onleesbaar."));
    List<String> problems = assessment.problems(LocalDate.now(clock));
    if (!problems.isEmpty()) {
      throw FormRejection.of(String.join(" ", problems));
    }
  }
}
