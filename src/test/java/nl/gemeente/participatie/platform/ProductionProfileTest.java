package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.gemeente.participatie.platform.access.SystemAccounts;
import nl.gemeente.participatie.support.ServiceRun;
import nl.gemeente.participatie.support.TestPostgres;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile on a fresh PostgreSQL: engine settings, groups and authorizations, no demo users,
 * no start with a system account that has no proper key (ADR 0003).
 */
@Tag("standalone")
class ProductionProfileTest {

  @Test
  void createsGroupsAndAuthorizationsButNoUsers() {
    TestPostgres.freshDatabase("participatie_production");
    try (ConfigurableApplicationContext service = ServiceRun.start("participatie_production", "productiontest", Map.of())) {
      IdentityService identity = service.getBean(IdentityService.class);
      AuthorizationService authorizations = service.getBean(AuthorizationService.class);

      assertThat(identity.createUserQuery().count()).isZero();
      assertThat(identity.createGroupQuery().list()).extracting(g -> g.getId())
          .contains("klantmanager", "inkoop", "teamleider", "beleid", "beheer")
          // system accounts are configuration, not Camunda users or groups (ADR 0003)
          .doesNotContain("partner", "schuldhulp", "signalen");
      assertThat(authorizations.createAuthorizationQuery().groupIdIn("klantmanager")
          .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isEqualTo(1);
    }
  }

  @Test
  void refusesToStartWithASystemAccountWithoutKeyHashOrWithTheDemoKey() {
    TestPostgres.freshDatabase("participatie_accounts");
    assertThatThrownBy(() -> ServiceRun.start("participatie_accounts", "accountstest",
            Map.of("participatie.system-accounts.kluswinkel.group", "partner")).close())
        .hasRootCauseMessage("System accounts misconfigured (ADR 0003): participatie.system-accounts.kluswinkel."
            + "key-sha256 is missing or not 64 hex digits (the SHA-256 of the account's key)");
    assertThatThrownBy(() -> ServiceRun.start("participatie_accounts", "accountstest",
            Map.of("participatie.system-accounts.kluswinkel.group", "partner",
                "participatie.system-accounts.kluswinkel.key-sha256", SystemAccounts.keySha256("kluswinkel"))).close())
        .rootCause().hasMessageContaining("is the hash of a demo key");
  }

  @Test
  void engineRunsWithAuthorizationsFullHistoryAndJsonVariables() {
    TestPostgres.freshDatabase("participatie_engine");
    try (ConfigurableApplicationContext service = ServiceRun.start("participatie_engine", "enginetest", Map.of())) {
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
          service.getBean(ProcessEngine.class).getProcessEngineConfiguration();

      assertThat(configuration.isAuthorizationEnabled()).isTrue();
      assertThat(configuration.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
      assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
      assertThat(configuration.getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
      assertThat(configuration.isJobExecutorDeploymentAware()).isFalse();
    }
  }
}
