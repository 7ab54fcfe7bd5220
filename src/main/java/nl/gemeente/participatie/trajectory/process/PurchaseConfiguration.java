package nl.gemeente.participatie.trajectory.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Durations of {@code trajectoryPurchase}, as beans the BPMN timers read. */
@Configuration
class PurchaseConfiguration {

  /** How long a partner has to accept an assignment (about 5 working days by default). */
  @Bean
  String assignmentAcceptanceTimeout(@Value("${participatie.purchase.acceptance-timeout:P7D}") String timeout) {
    return timeout;
  }

  /** How long after the last progress report the next is due. */
  @Bean
  String progressReportInterval(@Value("${participatie.purchase.progress-report-interval:P1M}") String interval) {
    return interval;
  }

  /** How long a reminded partner has before purchasing is alerted. */
  @Bean
  String reportGracePeriod(@Value("${participatie.purchase.report-grace-period:P7D}") String grace) {
    return grace;
  }

  /** How often a client on the waiting list is tried again for budget. */
  @Bean
  String purchaseWaitingListRetry(@Value("${participatie.purchase.waiting-list-retry:P1D}") String retry) {
    return retry;
  }
}
