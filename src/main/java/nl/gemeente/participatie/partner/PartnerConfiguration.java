package nl.gemeente.participatie.partner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({PartnersProperties.class, nl.gemeente.participatie.eligibility.AwbSettings.class,
    nl.gemeente.participatie.zaak.CaseEndSettings.class, nl.gemeente.participatie.outflow.OutflowSettings.class,
    nl.gemeente.participatie.inview.InViewSettings.class})
class PartnerConfiguration {

  /** The retry cycle as a bean, for {@code camunda:failedJobRetryTimeCycle="${partnerRetryCycle}"} in the BPMN. */
  @Bean
  String partnerRetryCycle(PartnersProperties partners) {
    return partners.retryCycle();
  }
}
