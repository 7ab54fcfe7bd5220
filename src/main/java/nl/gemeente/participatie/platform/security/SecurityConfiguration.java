package nl.gemeente.participatie.platform.security;

import static nl.gemeente.participatie.platform.access.ServiceGroup.BEHEER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.BELEID;
import static nl.gemeente.participatie.platform.access.ServiceGroup.SIGNALEN;
import static nl.gemeente.participatie.platform.access.ServiceGroup.WERKGEVERSSERVICE;
import static nl.gemeente.participatie.platform.access.ServiceGroup.INKOOP;
import static nl.gemeente.participatie.platform.access.ServiceGroup.KLANTMANAGER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.PARTNER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.SCHULDHULP;
import static nl.gemeente.participatie.platform.access.ServiceGroup.TEAMLEIDER;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gemeente.participatie.platform.access.SystemAccount;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>{@code /api/**} and {@code /engine-rest/**}: HTTP Basic, stateless; no credentials gives 401.
 *       Persons are checked against the Camunda identity service, system accounts (partners, signal
 *       suppliers) by their key ({@link HttpBasicAuthenticationProvider}, ADR 0003). For the engine
 *       REST API, Camunda's own authentication filter then hands the user and groups to the engine,
 *       so Camunda authorizations decide (a caseworker sees only tasks of the groups they are in).
 *   <li>System accounts call only their own API: never the engine REST API nor the actuator (403,
 *       before the engine sees the request, so its answer cannot tell them anything about a case);
 *       they are not Camunda users, so they cannot log in to the webapps either.
 *   <li>{@code /camunda/**} (Tasklist, Cockpit, Admin): the webapps' own session login and CSRF
 *       protection against the same identity service; Spring Security stays out of their way.
 *   <li>{@code /actuator/health}: open for probes; details only for {@code beheer}.
 * </ul>
 */
@Configuration
class SecurityConfiguration {

  private static final String ADMIN = Groups.CAMUNDA_ADMIN;

  /** Anyone but a system account (anonymous included: the rules after it decide on that). */
  private static final AuthorizationManager<RequestAuthorizationContext> NOT_A_SYSTEM_ACCOUNT =
      AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(SystemAccount.AUTHORITY));

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    // Path patterns on the whole request path: the engine REST API is a Jersey servlet, not Spring MVC,
    // so MVC-based matchers would not see it.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(new OrRequestMatcher(
            path.matcher("/api/**"), path.matcher("/engine-rest/**"), path.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher("/actuator/health/**"), path.matcher("/actuator/info")).access(NOT_A_SYSTEM_ACCOUNT)
            .requestMatchers(path.matcher("/actuator/**")).hasAnyAuthority(BEHEER.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases")).hasAnyAuthority(KLANTMANAGER.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/plan-revision")).hasAnyAuthority(KLANTMANAGER.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/job-start"))
            .hasAnyAuthority(KLANTMANAGER.id(), WERKGEVERSSERVICE.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/job-loss")).hasAnyAuthority(KLANTMANAGER.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/signals"))
            .hasAnyAuthority(SIGNALEN.id(), KLANTMANAGER.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/missed-appointments"))
            .hasAnyAuthority(KLANTMANAGER.id(), ADMIN)
            // Rules as a product (issue 8): checking, impact and publishing are for policy staff.
            .requestMatchers(path.matcher("/api/rules/**")).hasAnyAuthority(BELEID.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/reports/**"))
            .hasAnyAuthority(TEAMLEIDER.id(), BELEID.id(), ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/partners/debt-assistance/**")).hasAuthority(SCHULDHULP.id())
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/partners/assignments/**")).hasAuthority(PARTNER.id())
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/cases/**"))
            .hasAnyAuthority(KLANTMANAGER.id(), TEAMLEIDER.id(), INKOOP.id(), BEHEER.id(), ADMIN)
            // Engine REST: any authenticated user; Camunda authorizations decide what they may do.
            .requestMatchers(path.matcher("/engine-rest/**"))
            .access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(), NOT_A_SYSTEM_ACCOUNT))
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(problems.unauthorized())
            .accessDeniedHandler(problems.forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless HTTP Basic without cookies: no CSRF exposure.
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  /**
   * What the engine REST API lets anyone do at all ({@link EngineRestGuard}), for {@code /engine-rest}
   * and for the same API under the webapps. Runs after Spring Security (so only authenticated callers
   * reach it on {@code /engine-rest}) and before the engine sees the request.
   */
  @Bean
  FilterRegistrationBean<EngineRestGuard> engineRestGuard(JerseyApplicationPath restPath, ObjectMapper objectMapper,
      IdentityService identityService, TaskService taskService, FormService formService, RepositoryService repositoryService,
      HistoryService historyService, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    String webappEngineApi = webappPath + "/api/engine/engine/";
    FilterRegistrationBean<EngineRestGuard> registration = new FilterRegistrationBean<>(new EngineRestGuard(
        restPath.getPath(), webappEngineApi, objectMapper, identityService, taskService, formService, repositoryService, historyService));
    registration.addUrlPatterns(restPath.getUrlMapping(), webappEngineApi + "*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.setName("engine-rest-guard");
    return registration;
  }

  /**
   * Hands the Spring Security user to the engine for every engine REST call (the standard
   * container-based provider reads the request principal; the filter adds the user's groups).
   * Runs after the Spring Security filter chain.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(JerseyApplicationPath restPath) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath.getPath());
    registration.addUrlPatterns(restPath.getUrlMapping());
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    registration.setName("camunda-engine-rest-authentication");
    return registration;
  }
}
