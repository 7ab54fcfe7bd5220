package nl.gemeente.participatie.partner;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** What every partner client shares: timeouts, and turning any failure into a clean technical error. */
public final class PartnerHttp {

  private PartnerHttp() {}

  public static RestClient restClient(RestClient.Builder builder, PartnerEndpoint endpoint) {
    // HTTP/1.1: partner gateways rarely speak h2c, and the upgrade attempt fails on some of them.
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(endpoint.connectTimeout())
        .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(endpoint.readTimeout());
    RestClient.Builder client = builder.clone().baseUrl(endpoint.baseUrl().toString()).requestFactory(requests);
    if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
      client.defaultHeader("X-API-KEY", endpoint.apiKey());
    }
    return client.build();
  }

  /**
   * Runs a call; any failure becomes a {@link PartnerUnavailableException} naming the partner and
   * the kind of failure only: no URL, no request or response text (they may hold a BSN).
   */
  public static <T> T call(String partner, Supplier<T> call) {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      T answer = call.get();
      outcome = "success";
      return answer;
    } catch (HttpStatusCodeException e) {
      throw new PartnerUnavailableException(partner, "HTTP " + e.getStatusCode().value());
    } catch (ResourceAccessException e) {
      throw new PartnerUnavailableException(partner, describe(e));
    } catch (RestClientException e) {
      throw new PartnerUnavailableException(partner, "unreadable answer (" + e.getClass().getSimpleName() + ")");
    } finally {
      // Latency and errors per partner (docs/operations.md); the global registry holds Spring's.
      Timer.builder(CALL_METRIC).description("Calls to partner systems")
          .tag("partner", partner).tag("outcome", outcome)
          .register(Metrics.globalRegistry)
          .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  /** Timer of every partner call, tagged with the partner and success or error. */
  public static final String CALL_METRIC = "participatie.partner.calls";

  /**
   * POSTs a JSON body and reads the answer; a 404 means the partner knows nothing of the person
   * (a business outcome: {@code null}); any other non-2xx is a technical failure.
   */
  public static <T> T postOrNotFound(String partner, RestClient http, String uri, Object body, Class<T> answer) {
    return call(partner, () -> http.post()
        .uri(uri)
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange((request, response) -> {
          if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
            return null;
          }
          if (!response.getStatusCode().is2xxSuccessful()) {
            throw new PartnerUnavailableException(partner, "HTTP " + response.getStatusCode().value());
          }
          return response.bodyTo(answer);
        }));
  }

  private static String describe(ResourceAccessException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
        return "timeout";
      }
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    // The class name only: the message of an I/O exception can quote the request.
    return "I/O error (" + root.getClass().getSimpleName() + ")";
  }
}
