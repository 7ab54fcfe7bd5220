package nl.gemeente.participatie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a real PostgreSQL, configured through the production ({@code postgres})
 * profile exactly as a municipality would, plus the demo users the tests log in with. All classes
 * with this annotation share one application context and one database: use fresh BSNs
 * ({@link TestBsn}) and do not count globally.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "participatie.demo-users=true",
        // PostgreSQL and the application stop in parallel when the test JVM ends; do not wait
        // the default 30 s for a connection that will not come.
        "spring.datasource.hikari.connection-timeout=2000",
        // Tests run jobs and timers themselves (managementService.executeJob), step by step.
        "camunda.bpm.job-execution.enabled=false",
        "participatie.partners.retry-cycle=R2/PT5M"})
@ActiveProfiles("postgres")
// Metrics export as in production (Spring Boot's tests switch it off by default).
@AutoConfigureObservability
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = PostgresServiceTestInitializer.class)
public @interface PostgresServiceTest {}
