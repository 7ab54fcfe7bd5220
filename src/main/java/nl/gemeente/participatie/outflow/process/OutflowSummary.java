package nl.gemeente.participatie.outflow.process;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.gemeente.participatie.outflow.JobStart;
import nl.gemeente.participatie.outflow.OutflowProposal;

/** The job and the rules' proposal in Dutch, as form "Uitstroom naar werk beoordelen" shows them (Markdown). */
final class OutflowSummary {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

  private OutflowSummary() {}

  static String of(JobStart job, OutflowProposal proposal) {
    StringBuilder text = new StringBuilder("#### Baan\n\n");
    text.append("- Gemeld: ").append(DATE.format(job.reportedStartDate())).append(" (").append(source(job)).append(")\n");
    if (Boolean.TRUE.equals(job.employmentKnown())) {
      text.append("- Volgens UWV (polisadministratie): in dienst sinds ").append(DATE.format(job.contractStart()))
          .append(", ").append(number(job.contractHours())).append(" uur per week, netto ")
          .append(money(job.netMonthlyWage())).append(" per maand\n");
    } else {
      text.append("- **Nog niet bekend bij UWV.** Vul de gegevens uit het arbeidscontract of de loonstrook in "
          + "en kies 'Gegevens corrigeren'.\n");
      if (job.netMonthlyWage() != null) {
        text.append("- Ingevoerd: netto ").append(money(job.netMonthlyWage())).append(" per maand\n");
      }
    }
    if (proposal == null) {
      text.append("\n#### Voorstel\n\nNog geen voorstel: het netto maandloon ontbreekt.\n");
      return text.toString();
    }
    text.append("\n#### Voorstel van de regels (uitstroombesluit)\n\n");
    switch (proposal.outcome()) {
      case END_BENEFIT -> text.append("- Inkomen op of boven de norm (").append(money(job.monthlyNorm()))
          .append("): **uitkering beëindigen** per de start van het werk (art. 11, art. 31-32).\n");
      case SUPPLEMENT -> {
        text.append("- Inkomen onder de norm (").append(money(job.monthlyNorm()))
            .append("): **aanvullende bijstand** van ").append(money(proposal.supplementAmount())).append(" per maand.\n");
        if (proposal.exemptionAmount().signum() > 0) {
          text.append("- Inkomstenvrijlating (art. 31 lid 2 sub n): ").append(money(proposal.exemptionAmount()))
              .append(" per maand, nog ").append(proposal.exemptionMonthsLeft()).append(" maanden.\n");
        } else {
          text.append("- Geen inkomstenvrijlating (meer): de periode is gebruikt.\n");
        }
      }
      case NO_BENEFIT -> text.append("- Er loopt geen uitkering: niets te beëindigen of te wijzigen; alleen nazorg.\n");
    }
    if (proposal.assessLoonkostensubsidie()) {
      text.append("- **Loonkostensubsidie beoordelen** (art. 10d): verminderde loonwaarde gemeld.\n");
    }
    if (proposal.considerTrialPlacement()) {
      text.append("- **Proefplaatsing overwegen**: de werkgever wil eerst een proefperiode met behoud van uitkering.\n");
    }
    return text.toString();
  }

  private static String source(JobStart job) {
    return switch (job.source()) {
      case CASEWORKER -> "door de klantmanager";
      case EMPLOYER_SERVICES -> "door het werkgeversservicepunt";
      case PARTNER_END_REPORT -> "eindrapportage van de partner";
    };
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "onbekend" : NumberFormat.getCurrencyInstance(DUTCH).format(amount);
  }

  private static String number(BigDecimal value) {
    return value == null ? "?" : value.stripTrailingZeros().toPlainString();
  }
}
