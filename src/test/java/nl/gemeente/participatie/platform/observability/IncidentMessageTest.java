package nl.gemeente.participatie.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gemeente.participatie.support.PostgresServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every incident names the step and the case: also a failure nobody expected (not a partner's). */
@PostgresServiceTest
class IncidentMessageTest {

  @Autowired ProcessEngine processEngine;
  @Autowired ManagementService managementService;

  @Test
  void anUnexpectedFailureBecomesAnIncidentNamingTheStepAndTheCase() {
    processEngine.getRepositoryService().createDeployment().name("incident-probe")
        .addModelInstance("incident-probe.bpmn", Bpmn.createExecutableProcess("incidentProbe")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Probe")
            // A real delegate in the wrong place: it finds no job start and fails with IllegalStateException.
            .serviceTask("ServiceTask_ProposeWithoutJob").camundaAsyncBefore()
            .camundaDelegateExpression("${proposeOutflow}")
            .endEvent("EndEvent_Probe").done())
        .deploy();
    var instance = processEngine.getRuntimeService().startProcessInstanceByKey("incidentProbe", "PW-2026-424242");

    for (int attempt = 0; attempt < 5; attempt++) {
      Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
      if (job == null || job.getRetries() == 0) {
        break;
      }
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the engine counts down the retries
      }
    }

    Incident incident = processEngine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(incident.getIncidentMessage())
        .isEqualTo("Step ServiceTask_ProposeWithoutJob failed for case PW-2026-424242 (IllegalStateException)");
  }
}
