package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.gemeente.participatie.common.Money;
import nl.gemeente.participatie.common.Texts;

/**
 * What the caseworker submits in "Recht op bijstand beoordelen". Raw values so that every problem is
 * reported at once, in Dutch.
 */
public record Review(
    String decision,
    LocalDate startDate,
    BigDecimal monthlyAmount,
    String reasons,
    String requestedInformation,
    LocalDate informationDeadline,
    String extensionReason) {

  public ReviewChoice choice() {
    try {
      return decision == null ? null : ReviewChoice.valueOf(decision);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the decision departs from the advice: another outcome, or another amount. */
  public boolean deviatesFrom(Advice advice) {
    if (choice() == ReviewChoice.GRANT) {
      return !advice.eligible() || advice.benefitAmount() == null
          || monthlyAmount == null || monthlyAmount.compareTo(advice.benefitAmount()) != 0;
    }
    return choice() == ReviewChoice.REFUSE && advice.eligible();
  }

  /** A refusal or a deviation needs written reasons and a second approval (four eyes). */
  public boolean needsSecondApproval(Advice advice) {
    return choice() == ReviewChoice.REFUSE || deviatesFrom(advice);
  }

  /**
   * Problems in Dutch; empty when the review can be recorded.
   *
   * @param earliestStart the earliest report date the service accepted when the melding was registered
   *     ({@code ReportDateBound}); a grant starts neither before the melding nor before this day
   */
  public List<String> problems(Advice advice, LocalDate reportDate, LocalDate earliestStart, LocalDate today) {
    List<String> problems = new ArrayList<>();
    ReviewChoice choice = choice();
    if (choice == null) {
      problems.add("Kies: toekennen, afwijzen, informatie opvragen of de beslistermijn verdagen.");
      return problems;
    }
    switch (choice) {
      case GRANT -> {
        if (startDate == null) {
          problems.add("Vul de ingangsdatum in.");
        } else if (startDate.isBefore(reportDate)) {
          problems.add("De ingangsdatum ligt niet voor de meldingsdatum (art. 44).");
        } else if (startDate.isBefore(earliestStart)) {
          problems.add("De ingangsdatum ligt niet voor " + earliestStart.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
              + ": bijstand gaat in vanaf de melding (art. 44), en een melding gaat niet verder terug.");
        }
        if (monthlyAmount == null || monthlyAmount.signum() <= 0) {
          problems.add("Vul het bedrag per maand in (meer dan 0).");
        } else if (!Money.withinBounds(monthlyAmount)) {
          problems.add(Money.boundsMessage("Het bedrag per maand"));
        }
      }
      case REQUEST_INFORMATION -> {
        if (blank(requestedInformation)) {
          problems.add("Noem de gegevens of stukken die de klant moet aanleveren.");
        }
        if (informationDeadline == null || !informationDeadline.isAfter(today)) {
          problems.add("Kies een hersteltermijn die na vandaag eindigt.");
        } else if (informationDeadline.isAfter(today.plusWeeks(EligibilityService.MAX_RECOVERY_WEEKS))) {
          problems.add("Een hersteltermijn duurt ten hoogste " + EligibilityService.MAX_RECOVERY_WEEKS + " weken.");
        }
      }
      case EXTEND_DEADLINE -> {
        if (blank(extensionReason)) {
          problems.add("Geef de reden om de beslistermijn te verdagen.");
        }
      }
      default -> { }
    }
    if (choice.decides() && needsSecondApproval(advice) && blank(reasons)) {
      problems.add("Een afwijzing of een afwijking van het advies vraagt een schriftelijke motivering.");
    }
    if (Texts.tooLong(reasons, 4000)) {
      problems.add(Texts.tooLongMessage("De motivering", 4000));
    }
    if (Texts.tooLong(requestedInformation, 2000)) {
      problems.add(Texts.tooLongMessage("De op te vragen gegevens", 2000));
    }
    if (Texts.tooLong(extensionReason, 2000)) {
      problems.add(Texts.tooLongMessage("De reden voor verdaging", 2000));
    }
    return problems;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
