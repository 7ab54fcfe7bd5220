package nl.gemeente.participatie.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body must say what it is: a {@code Content-Type} with a wildcard ({@code application/*},
 * {@code *}{@code /*}) names no media type (RFC 9110, 8.3). Spring's request wrapper throws an
 * {@code IllegalArgumentException} on it while reading the body, which would end as a 500; this
 * filter answers 415 problem+json first, for the service's own API ({@code /api/}).
 */
@Component
class WildcardContentTypeFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(WildcardContentTypeFilter.class);

  private final ObjectMapper objectMapper;

  WildcardContentTypeFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getContentType() == null || !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!names(request.getContentType())) {
      log.info("{} {}: refused a request whose Content-Type names no media type (415)", request.getMethod(),
          request.getRequestURI());
      ProblemDetail problem = ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "The Content-Type must name one media type (e.g. application/json), not a wildcard; nothing was changed.",
          "unsupported-media-type");
      problem.setTitle("Unsupported Media Type");
      response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      objectMapper.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the header names one concrete media type; an unparsable one is left to Spring (415 as well). */
  private static boolean names(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      return true;
    }
  }
}
