package nl.gemeente.participatie.eligibility;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code participatie.awb.*}: the municipality's settings for the decision term.
 *
 * @param warningDays days before the deadline that the team lead gets a warning task
 * @param extensionWeeks how long one extension (verdaging, Awb 4:14) adds [check: municipal policy]
 * @param advancePaymentAfterDays days after the application without decision that bring the task
 *     "Voorschot beoordelen" (art. 52: an advance within four weeks)
 */
@ConfigurationProperties("participatie.awb")
public record AwbSettings(int warningDays, int extensionWeeks, int advancePaymentAfterDays) {

  public AwbSettings {
    warningDays = warningDays <= 0 ? 7 : warningDays;
    extensionWeeks = extensionWeeks <= 0 ? 4 : extensionWeeks;
    advancePaymentAfterDays = advancePaymentAfterDays <= 0 ? 28 : advancePaymentAfterDays;
  }
}
