package nl.gemeente.participatie.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;

/**
 * The case map and its stage processes as files (ADR 7): a map of stages that stays readable, one
 * process per stage called with the case id as business key, and everything cases of the earlier single
 * process rely on kept: element ids, names, candidate groups, forms, due dates, timers, delegates, async
 * steps and their retry cycles, and message names. Cases started on the earlier version run out on it and
 * are served by the same code.
 */
class CaseModelsTest {

  static final Path BPMN = Path.of("bpmn");
  static final Map<String, String> STAGES = Map.of(
      "intake.bpmn", "caseIntake",
      "application.bpmn", "bijstandApplication",
      "assessment.bpmn", "assessmentAndPlan",
      "plan-revision.bpmn", "planRevision",
      "client-in-view.bpmn", "clientInView");
  /** The earlier model's wait for a message nobody sends; the map's tokens now live in the call activities. */
  static final Set<String> REMOVED = Set.of("CatchEvent_CaseClosed", "EndEvent_CaseClosed");

  static BpmnModelInstance model(String file) {
    return Bpmn.readModelFromFile(BPMN.resolve(file).toFile());
  }

  static BpmnModelInstance legacy() {
    return Bpmn.readModelFromFile(Path.of("src/test/resources/legacy/participation-case-v1.bpmn").toFile());
  }

  static List<BpmnModelInstance> caseModels() {
    List<BpmnModelInstance> models = new ArrayList<>();
    models.add(model("participation-case.bpmn"));
    STAGES.keySet().forEach(file -> models.add(model(file)));
    return models;
  }

  @Test
  void eachStageIsAProcessOfItsOwnFile() {
    STAGES.forEach((file, key) -> {
      Collection<Process> processes = model(file).getModelElementsByType(Process.class);
      assertThat(processes).extracting(Process::getId).containsExactly(key);
      assertThat(processes.iterator().next().getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    });
  }

  @Test
  void theCaseMapIsAReadableMapOfStages() {
    BpmnModelInstance map = model("participation-case.bpmn");
    Process process = map.getModelElementById("participationCase");
    List<FlowNode> topLevel = process.getChildElementsByType(FlowNode.class).stream().toList();
    Collection<FlowNode> all = map.getModelElementsByType(FlowNode.class);
    assertThat(topLevel).hasSizeLessThanOrEqualTo(20);
    assertThat(all).hasSizeLessThanOrEqualTo(45);
    // No user task and no step of a stage on the map: the map calls the stages and handles what concerns the case.
    assertThat(map.getModelElementsByType(UserTask.class)).isEmpty();
    assertThat(map.getModelElementsByType(ServiceTask.class)).extracting(ServiceTask::getCamundaDelegateExpression)
        .containsExactlyInAnyOrder("${closeCaseWithDecision}", "${concludeOutflow}", "${returnToAssessment}",
            "${closeCaseWithResult}");
    assertThat(map.getModelElementsByType(CallActivity.class)).extracting(CallActivity::getCalledElement)
        .containsExactlyInAnyOrder("caseIntake", "bijstandApplication", "assessmentAndPlan", "clientInView",
            "planRevision", "outflowToWork");
    // Keeping the client in view starts when the route is proposed, beside the plan (non-interrupting).
    BoundaryEvent routeProposed = map.getModelElementById("BoundaryEvent_RouteProposed");
    assertThat(routeProposed.cancelActivity()).isFalse();
    assertThat(routeProposed.getAttachedTo().getId()).isEqualTo("CallActivity_AssessmentAndPlan");
    assertThat(escalationCode(routeProposed)).isEqualTo("ROUTE_PROPOSED");
  }

  @Test
  void everyCallPassesTheCaseIdAsBusinessKeyAndNoneTakesAllVariablesBack() {
    for (BpmnModelInstance model : caseModels()) {
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
        assertThat(ins).as(call.getId()).anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
        List<CamundaOut> outs = call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
        assertThat(outs).as(call.getId()).noneMatch(out -> "all".equals(out.getCamundaVariables()));
      }
    }
  }

  @Test
  void theStagesThrowWhatTheMapCatches() {
    Set<String> thrown = caseModels().stream().flatMap(model -> model.getModelElementsByType(ThrowEvent.class).stream())
        .map(CaseModelsTest::escalationCode).filter(code -> code != null).collect(Collectors.toSet());
    Set<String> caughtByMap = model("participation-case.bpmn").getModelElementsByType(CatchEvent.class).stream()
        .map(CaseModelsTest::escalationCode).filter(code -> code != null).collect(Collectors.toSet());
    Set<String> caughtInView = model("client-in-view.bpmn").getModelElementsByType(CatchEvent.class).stream()
        .map(CaseModelsTest::escalationCode).filter(code -> code != null).collect(Collectors.toSet());
    assertThat(thrown).containsExactlyInAnyOrder("ROUTE_PROPOSED", "JOB_STARTED", "PLAN_REVISION", "CASE_END", "OUTREACH");
    assertThat(caughtByMap).containsExactlyInAnyOrder("ROUTE_PROPOSED", "JOB_STARTED", "PLAN_REVISION", "CASE_END");
    assertThat(caughtInView).containsExactly("OUTREACH");
  }

  /**
   * What a running case of the earlier version relies on is served unchanged: the same activities with
   * the same ids, names, groups, forms, due dates, delegates, async steps, retry cycles, timers and messages.
   */
  @Test
  void everyStepOfTheEarlierSingleProcessIsKeptAsItWas() {
    Map<String, Activity> now = new HashMap<>();
    Map<String, org.camunda.bpm.model.bpmn.instance.Event> events = new HashMap<>();
    Set<String> messages = new java.util.HashSet<>();
    for (BpmnModelInstance model : caseModels()) {
      for (Activity activity : model.getModelElementsByType(Activity.class)) {
        assertThat(now.put(activity.getId(), activity)).as("%s in one process only", activity.getId()).isNull();
      }
      model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Event.class)
          .forEach(event -> events.put(event.getId(), event));
      model.getModelElementsByType(Message.class).forEach(message -> messages.add(message.getName()));
    }
    BpmnModelInstance legacy = legacy();
    int compared = 0;
    for (Activity before : legacy.getModelElementsByType(Activity.class)) {
      Activity after = now.get(before.getId());
      assertThat(after).as(before.getId()).isNotNull();
      assertThat(after.getName()).as(before.getId()).isEqualTo(before.getName());
      assertThat(after.isCamundaAsyncBefore()).as(before.getId()).isEqualTo(before.isCamundaAsyncBefore());
      assertThat(retryCycle(after)).as(before.getId()).isEqualTo(retryCycle(before));
      if (before instanceof UserTask task) {
        UserTask kept = (UserTask) after;
        assertThat(kept.getCamundaCandidateGroups()).as(task.getId()).isEqualTo(task.getCamundaCandidateGroups());
        assertThat(kept.getCamundaFormRef()).as(task.getId()).isEqualTo(task.getCamundaFormRef());
        assertThat(kept.getCamundaDueDate()).as(task.getId()).isEqualTo(task.getCamundaDueDate());
      }
      if (before instanceof ServiceTask task) {
        assertThat(((ServiceTask) after).getCamundaDelegateExpression()).as(task.getId())
            .isEqualTo(task.getCamundaDelegateExpression());
      }
      if (before instanceof SubProcess sub && !sub.triggeredByEvent()) {
        assertThat(((SubProcess) after).getFlowElements()).extracting(element -> element.getId())
            .as(sub.getId()).containsExactlyInAnyOrderElementsOf(sub.getFlowElements().stream().map(e -> e.getId()).toList());
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(70);
    for (org.camunda.bpm.model.bpmn.instance.Event before : legacy.getModelElementsByType(
        org.camunda.bpm.model.bpmn.instance.Event.class)) {
      if (REMOVED.contains(before.getId()) || !(before instanceof CatchEvent catchEvent)
          || catchEvent.getEventDefinitions().stream().noneMatch(TimerEventDefinition.class::isInstance)) {
        continue;
      }
      TimerEventDefinition timer = (TimerEventDefinition) catchEvent.getEventDefinitions().iterator().next();
      CatchEvent kept = (CatchEvent) events.get(before.getId());
      assertThat(kept).as(before.getId()).isNotNull();
      TimerEventDefinition keptTimer = (TimerEventDefinition) kept.getEventDefinitions().iterator().next();
      assertThat(keptTimer.getTimeDate().getTextContent()).as(before.getId()).isEqualTo(timer.getTimeDate().getTextContent());
    }
    Set<String> before = legacy.getModelElementsByType(Message.class).stream().map(Message::getName)
        .filter(name -> !name.equals("CaseClosed")).collect(Collectors.toSet());
    assertThat(messages).containsAll(before).doesNotContain("CaseClosed");
  }

  @Test
  void eachCaseProcessHasADiagram() {
    for (BpmnModelInstance model : caseModels()) {
      Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
          .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
      assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> assertThat(drawn).contains(node.getId()));
    }
  }

  private static String retryCycle(Activity activity) {
    if (activity.getExtensionElements() == null) {
      return null;
    }
    return activity.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list()
        .stream().map(CamundaFailedJobRetryTimeCycle::getTextContent).findFirst().orElse(null);
  }

  private static String escalationCode(org.camunda.bpm.model.bpmn.instance.Event event) {
    Collection<? extends org.camunda.bpm.model.bpmn.instance.EventDefinition> definitions =
        event instanceof CatchEvent c ? c.getEventDefinitions() : event instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
    return definitions.stream().filter(EscalationEventDefinition.class::isInstance)
        .map(definition -> ((EscalationEventDefinition) definition).getEscalation().getEscalationCode())
        .findFirst().orElse(null);
  }
}
