package nl.gemeente.participatie.platform.access;

import static nl.gemeente.participatie.platform.access.ServiceGroup.BEHEER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.BELEID;
import static nl.gemeente.participatie.platform.access.ServiceGroup.INKOOP;
import static nl.gemeente.participatie.platform.access.ServiceGroup.KLANTMANAGER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.PARTNER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.SCHULDHULP;
import static nl.gemeente.participatie.platform.access.ServiceGroup.SIGNALEN;
import static nl.gemeente.participatie.platform.access.ServiceGroup.TEAMLEIDER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.WERKGEVERSSERVICE;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo users, each with its own name as password, for trying the service out. Only when
 * {@code participatie.demo-users=true} (the demo profile); the production profile has none. The
 * demo's system accounts (partners, signal suppliers) are listed here too but are not Camunda
 * users: {@link SystemAccounts} takes them in, each with its id as key.
 * The administrator {@code demo} itself is created by the Camunda starter ({@code camunda.bpm.admin-user});
 * here it joins every persons' group.
 */
@Component
@ConditionalOnProperty(name = "participatie.demo-users", havingValue = "true")
class DemoUsers implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  record DemoUser(String id, String firstName, String lastName, List<ServiceGroup> groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "Demo", "Beheerder", ServiceGroup.personGroups()),
      new DemoUser("caseworker", "Karin", "Klantmanager", List.of(KLANTMANAGER)),
      new DemoUser("purchaser", "Ivo", "Inkoper", List.of(INKOOP)),
      new DemoUser("teamlead", "Tessa", "Teamleider", List.of(TEAMLEIDER)),
      new DemoUser("policy", "Bart", "Beleidsmedewerker", List.of(BELEID)),
      new DemoUser("operator", "Olga", "Operator", List.of(BEHEER)),
      new DemoUser("employer", "Wim", "Werkgeversservice", List.of(WERKGEVERSSERVICE)));

  /** A demo system account: its key is its id (allowed only with demo users, see {@link SystemAccounts}). */
  record DemoSystemAccount(String id, ServiceGroup group, Set<String> signalSources) {
    SystemAccounts.Entry entry() {
      return new SystemAccounts.Entry(SystemAccounts.keySha256(id), group.id(), signalSources);
    }
  }

  /**
   * The demo's system accounts (ADR 0003): not Camunda users, but configured accounts whose key is
   * their id, so {@code curl -u kluswinkel:kluswinkel} works as before.
   */
  static final List<DemoSystemAccount> SYSTEM_ACCOUNTS = List.of(
      new DemoSystemAccount("debtpartner", SCHULDHULP, Set.of()),
      // One supplier account for all machine sources (a gemeentelijke mutatieservice, a housing
      // corporation and the Inlichtingenbureau behind one gateway) ...
      new DemoSystemAccount("signals", SIGNALEN, Set.of("BRP", "HOUSING", "INLICHTINGENBUREAU")),
      // ... and a housing corporation that may report only what housing corporations know.
      new DemoSystemAccount("woningcorporatie", SIGNALEN, Set.of("HOUSING")),
      // The example contracted partners of dmn/provider-selection.dmn (account id = partner id).
      partner("werkfit-noord"), partner("werkfit-zuid"), partner("re-integratie-regio"), partner("buurtactief"),
      partner("kluswinkel"), partner("werkervaring-plus"), partner("ervaring-werkt"),
      partner("jongerenwerk-perspectief"), partner("taal-en-werk"), partner("taal-en-meedoen"));

  private static DemoSystemAccount partner(String partnerId) {
    return new DemoSystemAccount(partnerId, PARTNER, Set.of());
  }

  private final IdentityService identityService;

  /** Runs after {@link AccessSetup}: the groups must exist. */
  DemoUsers(IdentityService identityService, AccessSetup groupsAndAuthorizations) {
    this.identityService = identityService;
  }

  @Override
  public void afterPropertiesSet() {
    // Earlier versions created the system accounts as Camunda users; they are configured accounts now.
    for (DemoSystemAccount account : SYSTEM_ACCOUNTS) {
      if (identityService.createUserQuery().userId(account.id()).count() > 0) {
        identityService.deleteUser(account.id());
        log.info("Removed demo user {}: it is a system account now", account.id());
      }
    }
    for (DemoUser demoUser : USERS) {
      if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
        User user = identityService.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setPassword(demoUser.id());
        user.setEmail(demoUser.id() + "@demo.invalid");
        identityService.saveUser(user);
        log.info("Created demo user {} (password: {})", demoUser.id(), demoUser.id());
      }
      for (ServiceGroup group : demoUser.groups()) {
        if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(group.id()).count() == 0) {
          identityService.createMembership(demoUser.id(), group.id());
        }
      }
    }
  }
}
