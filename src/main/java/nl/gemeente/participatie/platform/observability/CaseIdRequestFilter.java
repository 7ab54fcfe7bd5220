package nl.gemeente.participatie.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** The case id of an API request on a case ({@code /api/cases/PW-…/…}) in the logging context. */
@Component
class CaseIdRequestFilter extends OncePerRequestFilter {

  private static final Pattern CASE_PATH = Pattern.compile("^/api/cases/(PW-\\d{4}-\\d{6})(/.*)?$");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher matcher = CASE_PATH.matcher(request.getRequestURI());
    if (!matcher.matches()) {
      chain.doFilter(request, response);
      return;
    }
    MDC.put(CaseIdLogging.MDC_KEY, matcher.group(1));
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(CaseIdLogging.MDC_KEY);
    }
  }
}
