package nl.gemeente.participatie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** Which beans expressions in the released models (bpmn/ on the classpath) may reach. */
class ModelBeansTest {

  @Test
  void exactlyTheBeansTheModelsNameAreReachable() {
    GenericApplicationContext context = new GenericApplicationContext();
    for (String name : new String[] {"takeDecision", "partnerRetryCycle", "reportGracePeriod", "progressReportInterval",
        "signalTimers", "identityService", "jdbcTemplate", "dataSource"}) {
      context.registerBean(name, String.class, () -> "bean " + name);
    }
    context.refresh();

    ModelBeans beans = new ModelBeans(context, "classpath:");
    Map<Object, Object> map = beans.asMap();

    // ${takeDecision}, ${partnerRetryCycle}, ${signalTimers.termOver(signalId)} and both branches of
    // ${reminded ? reportGracePeriod : progressReportInterval}
    assertThat(beans.names()).contains("takeDecision", "partnerRetryCycle", "reportGracePeriod", "progressReportInterval",
        "signalTimers");
    assertThat(beans.names()).doesNotContain("identityService", "jdbcTemplate", "dataSource");
    assertThat(map.get("takeDecision")).isEqualTo("bean takeDecision");
    assertThat(map.containsKey("identityService")).isFalse();
    assertThat(map.get("identityService")).isNull();
    context.close();
  }
}
