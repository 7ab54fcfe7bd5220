package nl.gemeente.participatie.support;

import java.util.HashMap;
import java.util.Map;
import nl.gemeente.participatie.ParticipatieApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the service the way production does ({@code postgres} profile, configured by environment)
 * on a database of the embedded PostgreSQL, for tests about start-up itself. The engine gets a name
 * of its own so it never mixes with the shared test context's engine in this JVM.
 */
public final class ServiceRun {

  private ServiceRun() {}

  public static ConfigurableApplicationContext start(String database, String engineName, Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(TestPostgres.environmentFor(database));
    properties.put("server.port", "0");
    properties.put("camunda.bpm.process-engine-name", engineName);
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("spring.datasource.hikari.connection-timeout", "2000");
    // Not called in start-up tests; the production profile requires them.
    properties.put("BRP_BASE_URL", "http://localhost:1/brp");
    properties.put("INCOME_BASE_URL", "http://localhost:1/inkomen");
    properties.put("BENEFITS_REGISTER_BASE_URL", "http://localhost:1/ib");
    properties.putAll(extra);
    // As command-line arguments: they override application.yaml, as the environment does in production.
    String[] arguments = properties.entrySet().stream()
        .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
        .toArray(String[]::new);
    return new SpringApplicationBuilder(ParticipatieApplication.class)
        .profiles("postgres")
        .run(arguments);
  }
}
