package nl.gemeente.participatie.platform.history;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * History time to live per municipality ({@code participatie.history}): days per process key and per
 * decision key, overriding the models' {@code historyTimeToLive} (1825 days, 5 years).
 */
@ConfigurationProperties("participatie.history")
public record HistorySettings(Map<String, Integer> processTimeToLive, Map<String, Integer> decisionTimeToLive) {

  public HistorySettings {
    processTimeToLive = processTimeToLive == null ? Map.of() : Map.copyOf(processTimeToLive);
    decisionTimeToLive = decisionTimeToLive == null ? Map.of() : Map.copyOf(decisionTimeToLive);
    for (var entry : processTimeToLive.entrySet()) {
      check(entry.getKey(), entry.getValue());
    }
    for (var entry : decisionTimeToLive.entrySet()) {
      check(entry.getKey(), entry.getValue());
    }
  }

  private static void check(String key, Integer days) {
    if (days == null || days < 1) {
      throw new IllegalArgumentException("participatie.history: time to live of " + key + " must be at least 1 day");
    }
  }
}
