package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the caseworker submits in "Recht op bijstand beoordelen". Raw values so that every problem is
 * reported at once, in Dutch.
 */
public record Review(String decision, LocalDate startDate, BigDecimal monthlyAmount, String reasons) {

  public Decision parsedDecision() {
    try {
      return decision == null ? null : Decision.valueOf(decision);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the decision departs from the advice: another outcome, or another amount. */
  public boolean deviatesFrom(Advice advice) {
    Decision parsed = parsedDecision();
    if (parsed == Decision.GRANT) {
      return !advice.eligible() || advice.benefitAmount() == null
          || monthlyAmount == null || monthlyAmount.compareTo(advice.benefitAmount()) != 0;
    }
    return advice.eligible();
  }

  /** A refusal or a deviation needs written reasons and a second approval (four eyes). */
  public boolean needsSecondApproval(Advice advice) {
    return parsedDecision() == Decision.REFUSE || deviatesFrom(advice);
  }

  /** Problems in Dutch; empty when the review can be recorded. */
  public List<String> problems(Advice advice, LocalDate reportDate) {
    List<String> problems = new ArrayList<>();
    Decision parsed = parsedDecision();
    if (parsed == null) {
      problems.add("Kies een besluit: toekennen of afwijzen.");
      return problems;
    }
    if (parsed == Decision.GRANT) {
      if (startDate == null) {
        problems.add("Vul de ingangsdatum in.");
      } else if (startDate.isBefore(reportDate)) {
        problems.add("De ingangsdatum ligt niet voor de meldingsdatum (art. 44).");
      }
      if (monthlyAmount == null || monthlyAmount.signum() <= 0) {
        problems.add("Vul het bedrag per maand in (meer dan 0).");
      }
    }
    if (needsSecondApproval(advice) && (reasons == null || reasons.isBlank())) {
      problems.add("Een afwijzing of een afwijking van het advies vraagt een schriftelijke motivering.");
    }
    return problems;
  }
}
