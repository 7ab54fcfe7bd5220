package nl.gemeente.participatie.zaak;

import java.net.URI;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a case's result means for its records (application.yaml, {@code participatie.case-end}).
 *
 * @param keepFor per result, how long after the end the case's records are kept (its archive rule:
 *     the municipality's selectielijst; the values shipped are marked [check])
 * @param zgwResultaattypen per result, the resultaattype (Catalogi API) of the zaaktype
 */
@ConfigurationProperties("participatie.case-end")
public record CaseEndSettings(Map<CaseOutcome, Period> keepFor, Map<CaseOutcome, URI> zgwResultaattypen) {

  public CaseEndSettings {
    keepFor = keepFor == null ? Map.of() : Map.copyOf(keepFor);
    zgwResultaattypen = zgwResultaattypen == null ? Map.of() : Map.copyOf(zgwResultaattypen);
  }

  public Period keepFor(CaseOutcome outcome) {
    Period period = keepFor.get(outcome);
    if (period == null) {
      throw new IllegalStateException("No retention configured for case result " + outcome);
    }
    return period;
  }
}
