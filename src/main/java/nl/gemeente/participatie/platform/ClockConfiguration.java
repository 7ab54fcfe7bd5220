package nl.gemeente.participatie.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every legal date, on Dutch time: "today" is the municipality's today. */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock(@Value("${participatie.time-zone:Europe/Amsterdam}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
