package nl.gemeente.participatie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gemeente.participatie.platform.camunda.JsonVariable;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.zaak.process.ParticipationCaseProcess;

/**
 * The rules of ADR 0008 (typed process variables, declared once), as ArchUnit rules and one check
 * over the declarations; {@link VariableAccessRulesTest} applies them to the service and shows each
 * failing on a deliberate violation.
 *
 * <p>A <em>declaration class</em> holds nothing but declarations: final, only static final fields,
 * no methods, only private constructors (e.g. {@code eligibility.process.EligibilityProcess}).
 */
final class VariableRules {

  /** The one small place that complements camunda-bpm-data for Spin JSON variables. */
  static final Set<String> JSON_SUPPORT = Set.of(JsonVariables.class.getName(), JsonVariable.class.getName());

  /** Engine methods that name a variable: VariableScope (executions, tasks), services, builders. */
  private static final Pattern VARIABLE_METHOD =
      Pattern.compile("(get|set|remove|has)Variable(s)?(Local)?(Typed)?|setVariable(s)?ToTriggeredScope");

  private VariableRules() {}

  static final DescribedPredicate<JavaMethodCall> ENGINE_VARIABLE_BY_NAME =
      new DescribedPredicate<>("an engine method that reads, writes, removes or tests a variable by name") {
        @Override
        public boolean test(JavaMethodCall call) {
          var target = call.getTarget();
          if (!target.getOwner().getPackageName().startsWith("org.camunda.bpm.engine")
              || !VARIABLE_METHOD.matcher(target.getName()).matches()) {
            return false;
          }
          List<JavaClass> parameters = target.getRawParameterTypes();
          // By name (String) or by names (a collection); setVariables(Map) takes a built VariableMap.
          return !parameters.isEmpty() && (parameters.get(0).isEquivalentTo(String.class)
              || parameters.get(0).isAssignableTo(Collection.class));
        }
      };

  static final DescribedPredicate<JavaMethodCall> VARIABLE_DECLARATION =
      new DescribedPredicate<>("a variable declaration (CamundaBpmData.*Variable, JsonVariable.of)") {
        @Override
        public boolean test(JavaMethodCall call) {
          var target = call.getTarget();
          return (target.getOwner().isEquivalentTo(CamundaBpmData.class) && target.getName().endsWith("Variable"))
              || (target.getOwner().isEquivalentTo(JsonVariable.class) && target.getName().equals("of"));
        }
      };

  /** Rule 1: no class but the JSON support names a variable to the engine. */
  static ArchRule noEngineVariableAccessByName() {
    return noClasses().that().doNotHaveFullyQualifiedName(JsonVariables.class.getName())
        .and().doNotHaveFullyQualifiedName(JsonVariable.class.getName())
        .should().callMethodWhere(ENGINE_VARIABLE_BY_NAME)
        .because("variables are read, written and removed only through their typed declarations (ADR 0008)");
  }

  /** Rule 2: variables are declared only as constants of declaration classes. */
  static ArchRule variablesDeclaredOnlyInDeclarationClasses() {
    return classes().should(new ArchCondition<>("declare variables only in static fields of a declaration class") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
          if (VARIABLE_DECLARATION.test(call)
              && !(isDeclarationClass(javaClass) && call.getOrigin() instanceof JavaStaticInitializer)) {
            events.add(SimpleConditionEvent.violated(call, call.getDescription()
                + ": declare the variable once, as a constant of its process's declaration class"));
          }
        }
      }
    }).because("each variable is declared once, with its type and meaning (ADR 0008)");
  }

  /**
   * Rule 3: the case comes from the business key, read by {@link CaseKey} only (and by the two
   * places that are not a step on a case: the registration, which sets it, and the log context).
   */
  static ArchRule caseComesFromCaseKey() {
    return noClasses().that().doNotHaveFullyQualifiedName(CaseKey.class.getName())
        .and().doNotHaveFullyQualifiedName("nl.gemeente.participatie.intake.process.RegisterMeldingDelegate")
        .and().doNotHaveFullyQualifiedName("nl.gemeente.participatie.platform.observability.CaseIdLogging")
        .should().callMethodWhere(new DescribedPredicate<>("a read of the business key") {
          @Override
          public boolean test(JavaMethodCall call) {
            return call.getTarget().getOwner().getPackageName().startsWith("org.camunda.bpm.engine")
                && Set.of("getProcessBusinessKey", "getBusinessKey").contains(call.getTarget().getName());
          }
        })
        .because("every step takes its case from zaak.process.CaseKey");
  }

  /** Rule 4: the display copy of the case id ({{caseNumber}} in the forms) is written at the start, and read by no code. */
  static ArchRule caseNumberOnlyWrittenAtTheStart() {
    return noClasses().that().doNotHaveFullyQualifiedName(ParticipationCaseProcess.class.getName())
        .and().doNotHaveFullyQualifiedName("nl.gemeente.participatie.zaak.process.CaseProcessGateway")
        .and().doNotHaveFullyQualifiedName("nl.gemeente.participatie.intake.process.RegisterMeldingDelegate")
        .should().accessField(ParticipationCaseProcess.class, "CASE_NUMBER")
        .because("no step reads its case from a variable: caseNumber is only shown in forms");
  }

  static boolean isDeclarationClass(JavaClass javaClass) {
    return javaClass.getModifiers().contains(JavaModifier.FINAL)
        && javaClass.getMethods().isEmpty()
        && javaClass.getConstructors().stream().allMatch(c -> c.getModifiers().contains(JavaModifier.PRIVATE))
        && javaClass.getFields().stream().allMatch(f -> f.getModifiers().containsAll(
            Set.of(JavaModifier.STATIC, JavaModifier.FINAL)));
  }

  /**
   * Check 5, over the declarations themselves (their names are values, which only the loaded
   * constants know): every engine variable name is declared exactly once, and none is a case id.
   *
   * @return what is wrong, one line per problem; empty when nothing is
   */
  static List<String> declarationProblems(JavaClasses classes) {
    Map<String, List<String>> declaredIn = new LinkedHashMap<>();
    for (JavaClass javaClass : classes) {
      if (javaClass.getMethodCallsFromSelf().stream().noneMatch(VARIABLE_DECLARATION)) {
        continue;
      }
      for (Field field : javaClass.reflect().getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            || !(VariableFactory.class.isAssignableFrom(field.getType()) || field.getType() == JsonVariable.class)) {
          continue;
        }
        String name = variableName(field);
        declaredIn.computeIfAbsent(name, n -> new ArrayList<>()).add(javaClass.getSimpleName() + "." + field.getName());
      }
    }
    List<String> problems = new ArrayList<>();
    declaredIn.forEach((name, where) -> {
      where.sort(null);
      if (where.size() > 1) {
        problems.add("variable '" + name + "' is declared " + where.size() + " times: " + where);
      }
      if (CASE_ID.matcher(name).matches()) {
        problems.add("variable '" + name + "' (" + where + ") is a case id: the case is the business key (CaseKey)");
      }
    });
    return problems;
  }

  private static final Pattern CASE_ID = Pattern.compile("(?i).*(case|zaak)_?(id|key)|business_?key");

  private static String variableName(Field field) {
    try {
      field.setAccessible(true);
      Object declaration = field.get(null);
      return declaration instanceof JsonVariable<?> json ? json.getName() : ((VariableFactory<?>) declaration).getName();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
