package nl.gemeente.participatie.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The start-up checks of the system accounts' configuration (ADR 0003), on both sides of each rule. */
class SystemAccountsTest {

  /** A random key's hash, as {@code openssl rand -hex 32 | tee key | sha256sum} gives it. */
  static final String KEY = "3f1c9a7e5b2d48c6a0e1f7b3d9c5a2e8b4f6d0c2a8e4b6f1d3c5a7e9b0d2f4a6";
  static final String KEY_SHA256 = SystemAccounts.keySha256(KEY);

  private final ApplicationContextRunner production = new ApplicationContextRunner()
      .withUserConfiguration(SystemAccounts.class)
      .withPropertyValues("participatie.demo-users=false");

  @Test
  void aConfiguredAccountWithItsKeyHashStartsAndChecksTheKey() {
    production.withPropertyValues(
            "participatie.system-accounts.werkfit-noord.group=partner",
            "participatie.system-accounts.werkfit-noord.key-sha256=" + KEY_SHA256.toUpperCase())
        .run(context -> {
          assertThat(context).hasNotFailed();
          SystemAccount account = context.getBean(SystemAccounts.class).find("werkfit-noord").orElseThrow();
          assertThat(account.group()).isEqualTo(ServiceGroup.PARTNER);
          assertThat(account.keyMatches(KEY)).isTrue();
          assertThat(account.keyMatches(KEY + " ")).isFalse();
          assertThat(account.keyMatches("werkfit-noord")).isFalse();
          assertThat(account.toString()).doesNotContain(KEY_SHA256).doesNotContain(KEY);
          // no demo accounts outside the demo
          assertThat(context.getBean(SystemAccounts.class).find("kluswinkel")).isEmpty();
        });
  }

  @Test
  void environmentVariablesConfigureAnAccount() {
    // As in production: the environment, through Spring's relaxed names (ids without hyphens; see ADR 0003).
    production.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
            new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "PARTICIPATIE_SYSTEMACCOUNTS_KLUSWINKEL_GROUP", "partner",
                "PARTICIPATIE_SYSTEMACCOUNTS_KLUSWINKEL_KEYSHA256", KEY_SHA256,
                "PARTICIPATIE_SYSTEMACCOUNTS_BRPMUTATIES_GROUP", "signalen",
                "PARTICIPATIE_SYSTEMACCOUNTS_BRPMUTATIES_SIGNALSOURCES", "BRP",
                "PARTICIPATIE_SYSTEMACCOUNTS_BRPMUTATIES_KEYSHA256", SystemAccounts.keySha256(KEY + "2")))))
        .run(context -> {
          SystemAccounts accounts = context.getBean(SystemAccounts.class);
          assertThat(accounts.find("kluswinkel").orElseThrow().keyMatches(KEY)).isTrue();
          assertThat(accounts.find("brpmutaties").orElseThrow().signalSources()).containsExactly("BRP");
        });
  }

  @Test
  void anAccountWithoutKeyHashRefusesToStart() {
    production.withPropertyValues("participatie.system-accounts.kluswinkel.group=partner")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasRootCauseMessage("System accounts misconfigured (ADR 0003): participatie.system-accounts.kluswinkel."
                + "key-sha256 is missing or not 64 hex digits (the SHA-256 of the account's key)"));
  }

  @Test
  void aKeyHashThatIsNoSha256RefusesToStart() {
    production.withPropertyValues("participatie.system-accounts.kluswinkel.group=partner",
            "participatie.system-accounts.kluswinkel.key-sha256=" + KEY_SHA256.substring(1))
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void theDemoKeyOrAnEmptyKeyRefusesToStartOutsideTheDemo() {
    production.withPropertyValues("participatie.system-accounts.kluswinkel.group=partner",
            "participatie.system-accounts.kluswinkel.key-sha256=" + SystemAccounts.keySha256("kluswinkel"))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("demo key"));
    production.withPropertyValues("participatie.system-accounts.kluswinkel.group=partner",
            "participatie.system-accounts.kluswinkel.key-sha256=" + SystemAccounts.keySha256(""))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("demo key"));
  }

  @Test
  void twoAccountsWithOneKeyRefuseToStart() {
    production.withPropertyValues(
            "participatie.system-accounts.kluswinkel.group=partner",
            "participatie.system-accounts.kluswinkel.key-sha256=" + KEY_SHA256,
            "participatie.system-accounts.buurtactief.group=partner",
            "participatie.system-accounts.buurtactief.key-sha256=" + KEY_SHA256)
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("each account needs a key of its own"));
  }

  @Test
  void theGroupMustBeASystemAccountsGroup() {
    production.withPropertyValues("participatie.system-accounts.kluswinkel.group=beheer",
            "participatie.system-accounts.kluswinkel.key-sha256=" + KEY_SHA256)
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("group must be one of [schuldhulp, partner, signalen]"));
  }

  @Test
  void signalSourcesBelongToSignalAccountsOnly() {
    production.withPropertyValues("participatie.system-accounts.woningcorporatie.group=signalen",
            "participatie.system-accounts.woningcorporatie.key-sha256=" + KEY_SHA256)
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("signal-sources is required for group signalen"));
    production.withPropertyValues("participatie.system-accounts.woningcorporatie.group=signalen",
            "participatie.system-accounts.woningcorporatie.key-sha256=" + KEY_SHA256,
            "participatie.system-accounts.woningcorporatie.signal-sources=HOUSING")
        .run(context -> assertThat(context.getBean(SystemAccounts.class).find("woningcorporatie").orElseThrow()
            .signalSources()).containsExactly("HOUSING"));
    production.withPropertyValues("participatie.system-accounts.kluswinkel.group=partner",
            "participatie.system-accounts.kluswinkel.key-sha256=" + KEY_SHA256,
            "participatie.system-accounts.kluswinkel.signal-sources=BRP")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("signal-sources is only for group signalen"));
  }

  @Test
  void theDemoHasItsAccountsWithTheIdAsKey() {
    new ApplicationContextRunner().withUserConfiguration(SystemAccounts.class)
        .withPropertyValues("participatie.demo-users=true")
        .run(context -> {
          SystemAccounts accounts = context.getBean(SystemAccounts.class);
          assertThat(accounts.find("kluswinkel").orElseThrow().keyMatches("kluswinkel")).isTrue();
          assertThat(accounts.find("signals").orElseThrow().signalSources())
              .containsExactlyInAnyOrder("BRP", "HOUSING", "INLICHTINGENBUREAU");
          assertThat(accounts.find("woningcorporatie").orElseThrow().signalSources()).containsExactly("HOUSING");
          assertThat(accounts.find("caseworker")).isEmpty();
        });
  }
}
