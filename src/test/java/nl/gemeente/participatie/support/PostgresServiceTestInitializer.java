package nl.gemeente.participatie.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the postgres profile's environment variables at the shared test database and test partners. */
public class PostgresServiceTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String DATABASE = "participatie_it";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("embedded-postgres", TestPostgres.environmentFor(DATABASE)));
    context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("test-partners", TestPartners.environment()));
  }
}
