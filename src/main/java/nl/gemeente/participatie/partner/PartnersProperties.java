package nl.gemeente.participatie.partner;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code participatie.partners.*}: the partner systems. Timeouts stay well below the job
 * executor's lock time (5 minutes), so a slow partner never makes a job run twice.
 *
 * @param retryCycle the engine's retry cycle for partner calls, e.g. {@code R5/PT10M}: five more
 *     tries, ten minutes apart, then an incident in Cockpit
 * @param brpLawfulResidenceCodes residence titles (BRP Landelijke tabel 56) that count as lawful
 *     residence in the sense of art. 11 lid 2
 */
@ConfigurationProperties("participatie.partners")
public record PartnersProperties(
    String retryCycle, Set<String> brpLawfulResidenceCodes,
    PartnerEndpoint brp, PartnerEndpoint income, PartnerEndpoint benefitsRegister, PartnerEndpoint payments,
    PartnerEndpoint debtAssistance, PartnerEndpoint providers) {

  public PartnersProperties {
    brpLawfulResidenceCodes = brpLawfulResidenceCodes == null ? Set.of() : Set.copyOf(brpLawfulResidenceCodes);
  }
}
