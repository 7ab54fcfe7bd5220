package nl.gemeente.participatie.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gemeente.participatie.platform.access.ServiceGroup;
import nl.gemeente.participatie.platform.access.SystemAccount;
import nl.gemeente.participatie.platform.access.SystemAccounts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for the API and the engine REST API, for two kinds of accounts (ADR 0003):
 *
 * <ul>
 *   <li><b>System accounts</b> ({@link SystemAccounts}: partners, the debt-assistance partner, signal
 *       suppliers): the password is the account's key, checked against its SHA-256 in constant time.
 *       There is no lockout, so nobody can block a partner by sending wrong keys in its name; a failed
 *       attempt is one WARN line (the account id, never the key) and counts in the metric
 *       {@code participatie.system.account.authentication.failures}. An account id is never looked
 *       up in Camunda, even when a Camunda user of that id exists. Authorities: the account's group
 *       and {@link SystemAccount#AUTHORITY}; the principal is the {@link SystemAccount}.
 *   <li><b>Persons</b>: the Camunda identity service, as the webapps, with Camunda's own lockout after
 *       repeated failed logins. Each Camunda group becomes an authority with the group id as its name
 *       ({@code klantmanager}, {@code beheer}, ...), except the system accounts' groups: membership
 *       of a Camunda group {@code partner}, {@code schuldhulp} or {@code signalen} gives a person
 *       nothing.
 * </ul>
 */
@Component
class HttpBasicAuthenticationProvider implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(HttpBasicAuthenticationProvider.class);

  private static final Set<String> SYSTEM_ACCOUNT_GROUPS = ServiceGroup.systemAccountGroups().stream()
      .map(ServiceGroup::id).collect(Collectors.toUnmodifiableSet());

  private final SystemAccounts systemAccounts;
  private final IdentityService identityService;
  private final MeterRegistry meters;

  HttpBasicAuthenticationProvider(SystemAccounts systemAccounts, IdentityService identityService, MeterRegistry meters) {
    this.systemAccounts = systemAccounts;
    this.identityService = identityService;
    this.meters = meters;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    Optional<SystemAccount> account = systemAccounts.find(userId);
    return account.isPresent()
        ? systemAccount(account.get(), credentials.toString())
        : person(userId, credentials.toString());
  }

  private Authentication systemAccount(SystemAccount account, String key) {
    if (!account.keyMatches(key)) {
      log.warn("System account {}: wrong key, request refused (no lockout)", account.id());
      failures(account).increment();
      throw new BadCredentialsException("Bad credentials");
    }
    List<GrantedAuthority> authorities = List.of(
        new SimpleGrantedAuthority(account.group().id()), new SimpleGrantedAuthority(SystemAccount.AUTHORITY));
    return UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
  }

  private Counter failures(SystemAccount account) {
    return Counter.builder("participatie.system.account.authentication.failures")
        .description("Requests refused for a wrong key, per system account")
        .tag("account", account.id())
        .register(meters);
  }

  private Authentication person(String userId, String password) {
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .filter(group -> !SYSTEM_ACCOUNT_GROUPS.contains(group))
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  /**
   * A Camunda user with a system account's id (created before system accounts were configured) can
   * no longer use the API; say so once at start-up, so an administrator removes it.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warnAboutShadowedCamundaUsers() {
    List<String> shadowed = new ArrayList<>();
    for (SystemAccount account : systemAccounts.all()) {
      if (identityService.createUserQuery().userId(account.id()).count() > 0) {
        shadowed.add(account.id());
      }
    }
    if (!shadowed.isEmpty()) {
      log.warn("Camunda users {} have the id of a system account: the API authenticates these ids by their key "
          + "only; remove the Camunda users in Camunda Admin", shadowed);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
