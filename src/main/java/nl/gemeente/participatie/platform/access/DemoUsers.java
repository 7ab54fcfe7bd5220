package nl.gemeente.participatie.platform.access;

import static nl.gemeente.participatie.platform.access.ServiceGroup.BEHEER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.BELEID;
import static nl.gemeente.participatie.platform.access.ServiceGroup.INKOOP;
import static nl.gemeente.participatie.platform.access.ServiceGroup.KLANTMANAGER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.PARTNER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.SCHULDHULP;
import static nl.gemeente.participatie.platform.access.ServiceGroup.TEAMLEIDER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.WERKGEVERSSERVICE;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo users, each with its own name as password, for trying the service out. Only when
 * {@code participatie.demo-users=true} (the demo profile); the production profile has none.
 * The administrator {@code demo} itself is created by the Camunda starter ({@code camunda.bpm.admin-user});
 * here it joins every group.
 */
@Component
@ConditionalOnProperty(name = "participatie.demo-users", havingValue = "true")
class DemoUsers implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  record DemoUser(String id, String firstName, String lastName, List<ServiceGroup> groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "Demo", "Beheerder", List.of(ServiceGroup.values())),
      new DemoUser("caseworker", "Karin", "Klantmanager", List.of(KLANTMANAGER)),
      new DemoUser("purchaser", "Ivo", "Inkoper", List.of(INKOOP)),
      new DemoUser("teamlead", "Tessa", "Teamleider", List.of(TEAMLEIDER)),
      new DemoUser("policy", "Bart", "Beleidsmedewerker", List.of(BELEID)),
      new DemoUser("operator", "Olga", "Operator", List.of(BEHEER)),
      new DemoUser("employer", "Wim", "Werkgeversservice", List.of(WERKGEVERSSERVICE)),
      new DemoUser("debtpartner", "Schuldhulp", "Partner", List.of(SCHULDHULP)),
      new DemoUser("signals", "Signalen", "Koppeling", List.of(ServiceGroup.SIGNALEN)),
      // Example contracted partners of dmn/provider-selection.dmn (user id = partner id).
      new DemoUser("werkfit-noord", "Werkfit", "Noord", List.of(PARTNER)),
      new DemoUser("re-integratie-regio", "Re-integratie", "Regio", List.of(PARTNER)),
      new DemoUser("buurtactief", "Buurt", "Actief", List.of(PARTNER)),
      new DemoUser("kluswinkel", "Kluswinkel", "Lelystad", List.of(PARTNER)),
      new DemoUser("werkervaring-plus", "Werkervaring", "Plus", List.of(PARTNER)),
      new DemoUser("jongerenwerk-perspectief", "Jongerenwerk", "Perspectief", List.of(PARTNER)));

  private final IdentityService identityService;

  /** Runs after {@link AccessSetup}: the groups must exist. */
  DemoUsers(IdentityService identityService, AccessSetup groupsAndAuthorizations) {
    this.identityService = identityService;
  }

  @Override
  public void afterPropertiesSet() {
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
