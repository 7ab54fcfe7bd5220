package nl.gemeente.participatie.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The conventions every model in {@code bpmn/} and {@code dmn/} follows, checked on the files:
 *
 * <ul>
 *   <li>each user task has a candidate group, a form (formRef to a form in {@code bpmn/}, with a
 *       binding) and a Dutch name;
 *   <li>each service task calls a Spring bean through {@code camunda:delegateExpression};
 *   <li>each executable process and each decision has a history time to live;
 *   <li>no element id is one a modeler generated ({@code Activity_0abc123}, {@code Flow_1uqmps7},
 *       {@code StartEvent_1}, {@code sid-...}). DMN rule rows and their cells are exempt: Camunda
 *       Modeler gives every row an id and policy staff should not have to rename them; the matched
 *       rule is identified by its table and position.
 * </ul>
 */
public final class ModelConventions {

  private static final List<Pattern> GENERATED_IDS = List.of(
      Pattern.compile("^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$"),
      Pattern.compile("^[A-Za-z]+_\\d+$"),
      Pattern.compile("^sid-.*"),
      Pattern.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"));

  /** Words that give away an English task name; a Dutch name a caseworker understands has none of them. */
  private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "for", "with", "to", "check",
      "review", "approve", "assess", "decide", "handle", "process", "create", "send", "task", "user",
      "case", "conduct", "record", "perform", "update", "complete", "submit", "request", "determine");

  private ModelConventions() {}

  /** All violations under a root holding {@code bpmn/} and {@code dmn/}; empty when the models are fine. */
  public static List<String> check(Path root) {
    List<String> violations = new ArrayList<>();
    Set<String> formIds = formIds(root.resolve("bpmn"));
    for (Path file : files(root.resolve("bpmn"), ".bpmn")) {
      checkBpmn(root.relativize(file).toString(), Bpmn.readModelFromFile(file.toFile()), formIds, violations);
    }
    for (Path file : files(root.resolve("dmn"), ".dmn")) {
      checkDmn(root.relativize(file).toString(), Dmn.readModelFromFile(file.toFile()), violations);
    }
    return violations;
  }

  public static List<Path> files(Path folder, String ending) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkBpmn(String file, BpmnModelInstance model, Set<String> formIds, List<String> violations) {
    checkIds(file, model.getModelElementsByType(Definitions.class), violations);
    checkIds(file, model.getModelElementsByType(BaseElement.class), violations);

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
        violations.add(file + ": process " + process.getId() + " has no history time to live");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = file + ": user task " + task.getId();
      if (blank(task.getCamundaCandidateGroups())) {
        violations.add(where + " has no candidate group");
      }
      if (blank(task.getCamundaFormRef()) && blank(task.getCamundaFormKey())) {
        violations.add(where + " has no form");
      } else if (!blank(task.getCamundaFormRef())) {
        if (!formIds.contains(task.getCamundaFormRef())) {
          violations.add(where + " refers to form " + task.getCamundaFormRef() + " which is not in bpmn/");
        }
        if (blank(task.getCamundaFormRefBinding())) {
          violations.add(where + " has a formRef without binding");
        }
      }
      if (!isDutchName(task.getName())) {
        violations.add(where + " has no Dutch name: '" + task.getName() + "'");
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (blank(task.getCamundaDelegateExpression())) {
        violations.add(file + ": service task " + task.getId() + " does not use a delegate expression");
      }
    }
  }

  private static void checkDmn(String file, DmnModelInstance model, List<String> violations) {
    List<DmnElement> named = model.getModelElementsByType(DmnElement.class).stream()
        .filter(element -> !isInsideRule(element))
        .toList();
    checkIds(file, named, violations);
    checkIds(file, model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Definitions.class), violations);
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (blank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(file + ": decision " + decision.getId() + " has no history time to live");
      }
    }
  }

  private static boolean isInsideRule(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Rule || e instanceof InputEntry || e instanceof OutputEntry) {
        return true;
      }
    }
    return false;
  }

  private static void checkIds(String file, Collection<? extends ModelElementInstance> elements, List<String> violations) {
    for (ModelElementInstance element : elements) {
      String id = element.getAttributeValue("id");
      if (id != null && isGenerated(id)) {
        violations.add(file + ": " + element.getElementType().getTypeName() + " has a generated id " + id);
      }
    }
  }

  static boolean isGenerated(String id) {
    return GENERATED_IDS.stream().anyMatch(p -> p.matcher(id).matches());
  }

  static boolean isDutchName(String name) {
    if (blank(name)) {
      return false;
    }
    for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ENGLISH_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> formIds(Path bpmnFolder) {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(bpmnFolder, ".form")) {
      try {
        JsonNode id = json.readTree(form.toFile()).get("id");
        if (id != null) {
          ids.add(id.asText());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Unreadable form " + form, e);
      }
    }
    return ids;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
