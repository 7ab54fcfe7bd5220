package nl.gemeente.participatie.support;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.JobAssert;
import org.camunda.bpm.engine.test.assertions.bpmn.TaskAssert;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Process assertions in the style of camunda-bpm-assert ({@code assertThat(instance).hasPassed(..)
 * .isWaitingAt(..)}) that read a case map instance as the single case process of earlier versions: the
 * map together with the stage processes it calls (intake, application, assessment and plan, plan
 * revision, client in view; not the purchase and the outflow, which were separate processes before
 * too). Any other instance is asserted by camunda-bpm-assert itself. The engine is the one given to
 * {@link BpmnAwareTests#init}.
 */
public final class CaseAssert {

  private CaseAssert() {}

  public static Instance assertThat(ProcessInstance instance) {
    return new Instance(instance);
  }

  /** camunda-bpm-assert's task assertions. */
  public static TaskAssert assertThat(Task task) {
    return BpmnAwareTests.assertThat(task);
  }

  /** camunda-bpm-assert's job assertions. */
  public static JobAssert assertThat(Job job) {
    return BpmnAwareTests.assertThat(job);
  }

  /** The one open task of the case's instance (see {@link CaseAssert}). */
  public static Task task(ProcessInstance instance) {
    ProcessEngine engine = BpmnAwareTests.processEngine();
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(processes(engine, instance, true)
        .toArray(String[]::new)).singleResult();
  }

  /** The open task of this kind in the case's instance (see {@link CaseAssert}). */
  public static Task task(String taskDefinitionKey, ProcessInstance instance) {
    ProcessEngine engine = BpmnAwareTests.processEngine();
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(processes(engine, instance, true)
        .toArray(String[]::new)).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private static boolean isCaseMap(ProcessEngine engine, String processDefinitionId) {
    return engine.getRepositoryService().getProcessDefinition(processDefinitionId).getKey().equals("participationCase");
  }

  /** The map and its stage processes, running ones only or also ended ones (from history). */
  static List<String> processes(ProcessEngine engine, ProcessInstance instance, boolean runningOnly) {
    List<String> ids = new ArrayList<>();
    ids.add(instance.getId());
    if (!isCaseMap(engine, instance.getProcessDefinitionId())) {
      return ids;
    }
    String[] keys = CaseDriver.CASE_PROCESSES.toArray(String[]::new);
    if (runningOnly) {
      engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(instance.getId())
          .processDefinitionKeyIn(keys).list().stream().map(ProcessInstance::getId)
          .filter(id -> !ids.contains(id)).forEach(ids::add);
    } else {
      engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(instance.getId())
          .processDefinitionKeyIn(keys).list().stream().map(HistoricProcessInstance::getId)
          .filter(id -> !ids.contains(id)).forEach(ids::add);
    }
    return ids;
  }

  public static final class Instance {
    private final ProcessInstance instance;
    private final ProcessEngine engine;
    private final boolean caseMap;

    Instance(ProcessInstance instance) {
      this.instance = instance;
      this.engine = BpmnAwareTests.processEngine();
      this.caseMap = instance != null && isCaseMap(engine, instance.getProcessDefinitionId());
    }

    public void isNull() {
      Assertions.assertThat(instance).isNull();
    }

    public Instance as(String description) {
      return this;
    }

    public Instance isNotNull() {
      Assertions.assertThat(instance).isNotNull();
      return this;
    }

    public Instance hasPassed(String... activityIds) {
      if (!caseMap) {
        BpmnAwareTests.assertThat(instance).hasPassed(activityIds);
        return this;
      }
      for (String activityId : activityIds) {
        Assertions.assertThat(passed(activityId)).as("%s passed in the case's processes", activityId).isPositive();
      }
      return this;
    }

    public Instance hasNotPassed(String... activityIds) {
      if (!caseMap) {
        BpmnAwareTests.assertThat(instance).hasNotPassed(activityIds);
        return this;
      }
      for (String activityId : activityIds) {
        Assertions.assertThat(passed(activityId)).as("%s passed in the case's processes", activityId).isZero();
      }
      return this;
    }

    public Instance isWaitingAt(String... activityIds) {
      if (!caseMap) {
        BpmnAwareTests.assertThat(instance).isWaitingAt(activityIds);
        return this;
      }
      List<String> waiting = new ArrayList<>();
      for (String id : processes(engine, instance, true)) {
        ActivityInstance tree = engine.getRuntimeService().getActivityInstance(id);
        if (tree != null) {
          collect(tree, waiting);
        }
      }
      Assertions.assertThat(waiting).as("activities the case waits at").contains(activityIds);
      return this;
    }

    public Instance isEnded() {
      if (!caseMap) {
        BpmnAwareTests.assertThat(instance).isEnded();
        return this;
      }
      Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(instance.getId())
          .count()).as("running processes of the case").isZero();
      return this;
    }

    public Instance isNotEnded() {
      if (!caseMap) {
        BpmnAwareTests.assertThat(instance).isNotEnded();
        return this;
      }
      Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
          .count()).as("the case map runs").isOne();
      return this;
    }

    private long passed(String activityId) {
      long count = 0;
      for (String id : processes(engine, instance, false)) {
        count += engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
            .activityId(activityId).finished().count();
      }
      return count;
    }

    private static void collect(ActivityInstance activity, List<String> into) {
      into.add(activity.getActivityId());
      for (TransitionInstance transition : activity.getChildTransitionInstances()) {
        into.add(transition.getActivityId());
      }
      for (ActivityInstance child : activity.getChildActivityInstances()) {
        collect(child, into);
      }
    }
  }
}
