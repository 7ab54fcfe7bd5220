package nl.gemeente.participatie.partner;

import java.net.URI;
import java.time.Duration;

/** Where a partner system is and how long the service waits for it. */
public record PartnerEndpoint(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout) {

  public PartnerEndpoint {
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
  }
}
