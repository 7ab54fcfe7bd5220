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
    return startOn(TestPostgres.environmentFor(database), engineName, extra);
  }

  /** As {@link #start}, on a database described by its environment (DB_HOST, DB_PORT, ...), e.g. in another JVM. */
  public static ConfigurableApplicationContext startOn(Map<String, Object> database, String engineName,
      Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("server.port", "0");
    properties.put("camunda.bpm.process-engine-name", engineName);
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("spring.datasource.hikari.connection-timeout", "2000");
    // Not called in start-up tests; the production profile requires them.
    properties.put("BRP_BASE_URL", "http://localhost:1/brp");
    properties.put("INCOME_BASE_URL", "http://localhost:1/inkomen");
    properties.put("BENEFITS_REGISTER_BASE_URL", "http://localhost:1/ib");
    properties.put("PAYMENTS_BASE_URL", "http://localhost:1/betalingen");
    properties.put("DEBT_ASSISTANCE_BASE_URL", "http://localhost:1/schuldhulp");
    properties.put("PROVIDERS_BASE_URL", "http://localhost:1/partners");
    properties.put("ZGW_BASE_URL", "http://localhost:1/zgw");
    properties.put("ZGW_CLIENT_ID", "participatie-test");
    properties.put("ZGW_SECRET", "test-secret-of-at-least-thirty-two-bytes");
    properties.put("ZGW_RSIN", "002220647");
    properties.put("ZGW_BESLUITTYPE_GRANT", "http://localhost:1/zgw/catalogi/api/v1/besluittypen/toekenning");
    properties.put("ZGW_BESLUITTYPE_REFUSE", "http://localhost:1/zgw/catalogi/api/v1/besluittypen/afwijzing");
    properties.put("ZGW_BESLUITTYPE_NOT_PROCESSED", "http://localhost:1/zgw/catalogi/api/v1/besluittypen/buiten-behandeling");
    properties.put("ZGW_BESLUITTYPE_END", "http://localhost:1/zgw/catalogi/api/v1/besluittypen/beeindiging");
    properties.put("ZGW_BESLUITTYPE_CHANGE", "http://localhost:1/zgw/catalogi/api/v1/besluittypen/wijziging");
    properties.put("ZGW_BESLUITTYPE_SUSPEND", "http://localhost:1/zgw/catalogi/api/v1/besluittypen/opschorting");
    properties.put("ZGW_BESLUITTYPE_WITHDRAW", "http://localhost:1/zgw/catalogi/api/v1/besluittypen/intrekking");
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
