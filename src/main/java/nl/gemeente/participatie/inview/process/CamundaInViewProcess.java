package nl.gemeente.participatie.inview.process;

import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.inview.InViewProcess;
import nl.gemeente.participatie.inview.InViewService.NotInViewException;
import nl.gemeente.participatie.zaak.process.CaseProcessGateway;
import org.springframework.stereotype.Component;

@Component
class CamundaInViewProcess implements InViewProcess {

  static final String MESSAGE_OUTREACH_NEEDED = "OutreachNeeded";
  static final String REVIEW_TIMER = "CatchEvent_ReviewDue";

  private final CaseProcessGateway caseProcess;

  CamundaInViewProcess(CaseProcessGateway caseProcess) {
    this.caseProcess = caseProcess;
  }

  @Override
  public void startOutreach(String caseId) {
    // Reviews and outreach run in process clientInView, from the moment the route is proposed.
    if (!caseProcess.correlate(caseId, MESSAGE_OUTREACH_NEEDED, Map.of())) {
      throw new NotInViewException("The case does not keep the client in view yet");
    }
  }

  @Override
  public void moveReviewTimer(String caseId, LocalDate due) {
    caseProcess.moveTimer(caseId, REVIEW_TIMER, due);
  }
}
