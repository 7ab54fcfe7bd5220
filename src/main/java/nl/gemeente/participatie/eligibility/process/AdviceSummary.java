package nl.gemeente.participatie.eligibility.process;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.eligibility.Decision;
import nl.gemeente.participatie.eligibility.EligibilityFile;
import org.springframework.stereotype.Component;

/** The advice and the decision in Dutch, as the review and approval forms show them (Markdown). */
@Component
class AdviceSummary {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private final ReasonTexts reasonTexts;

  AdviceSummary(ReasonTexts reasonTexts) {
    this.reasonTexts = reasonTexts;
  }

  String advice(Advice advice, EligibilityFile file) {
    StringBuilder text = new StringBuilder();
    text.append("#### Advies van de regels: ")
        .append(advice.eligible() ? "recht op bijstand" : "geen recht op bijstand").append("\n\n");
    text.append("- Norm op de aanvraagdatum: ").append(money(advice.monthlyNorm())).append(" per maand\n");
    text.append(costSharing(advice, file));
    text.append(householdIncome(file));
    text.append("- Uitkering volgens de regels: ").append(money(advice.benefitAmount())).append(" per maand\n");
    if (advice.reasons().isEmpty()) {
      text.append("- Alle voorwaarden zijn vervuld.\n");
    }
    for (String reason : advice.reasons()) {
      text.append("- ").append(reasonTexts.explain(reason)).append(" (").append(reason).append(")\n");
    }
    if (Boolean.FALSE.equals(file.personFound())) {
      text.append("\n**Let op:** de persoon is niet gevonden in de BRP.\n");
    }
    if (file.income() != null && !file.income().known()) {
      text.append("\n**Let op:** geen inkomen bekend bij UWV en DUO; controleer de opgave van de klant.\n");
    }
    if (file.benefitsRegister() != null && file.benefitsRegister().runningBijstandElsewhere()) {
      text.append("\n**Let op:** het Inlichtingenbureau meldt lopende bijstand in een andere gemeente.\n");
    }
    if (file.person() != null && file.person().hasPartner() && !"COUPLE".equals(file.householdType())) {
      text.append("\n**Let op:** de BRP kent een echtgeno(o)t(e) of geregistreerd partner; de intake noemt geen partner.\n");
    }
    text.append("\nDit is een advies. U beslist; een afwijzing of afwijking vraagt een motivering en een tweede goedkeuring.");
    return text.toString();
  }

  String decision(EligibilityFile file, String reasons) {
    StringBuilder text = new StringBuilder("#### Besluit van ").append(file.decidedBy()).append(": ");
    if (file.decision() == Decision.GRANT) {
      text.append("toekennen, ").append(money(file.decisionAmount())).append(" per maand vanaf ")
          .append(file.decisionStartDate());
    } else {
      text.append("afwijzen");
    }
    text.append("\n\n- Advies van de regels: ").append(file.advice().eligible() ? "recht" : "geen recht")
        .append(", ").append(money(file.advice().benefitAmount())).append(" per maand\n");
    text.append("- ").append(file.deviatesFromAdvice() ? "Wijkt af van het advies" : "Volgt het advies").append("\n");
    if (reasons != null && !reasons.isBlank()) {
      text.append("\n**Motivering:** ").append(reasons).append("\n");
    }
    return text.toString();
  }

  /**
   * The kostendelersnorm as the rules computed it (art. 19a lid 1, art. 22a lid 1 en 2): the count the
   * caseworker recorded, A, the formula with B, and the resulting norm; or why it was not applied.
   */
  static String costSharing(Advice advice, EligibilityFile file) {
    int sharers = file.costSharers();
    if (sharers == 0) {
      return "- Kostendelende medebewoners (27 jaar of ouder, art. 19a lid 1): geen; geen kostendelersnorm (art. 22a)\n";
    }
    String counted = "- Kostendelende medebewoners (27 jaar of ouder, art. 19a lid 1): " + sharers + "\n";
    if (advice.costSharingBase() == null) {
      return counted + "- Kostendelersnorm niet toegepast: de klant is jonger dan 21 jaar of heeft de AOW-leeftijd bereikt"
          + " (art. 22a lid 1), of de regels kennen voor de aanvraagdatum geen norm\n";
    }
    boolean couple = "COUPLE".equals(file.householdType());
    int persons = sharers + (couple ? 2 : 1);
    return counted + "- Kostendelersnorm (art. 22a lid 1 en 2 Participatiewet): A = " + sharers
        + (couple ? " + 2 (klant en partner)" : " + 1 (klant)") + " = " + persons + "; "
        + (couple ? "2 × " : "") + "(40% + " + persons + " × 30%) / " + persons + " × B, met B = "
        + money(advice.costSharingBase()) + " (norm voor gehuwden, art. 21 sub b) = "
        + money(advice.monthlyNorm()) + " per maand\n";
  }

  /**
   * The income the rules subtracted (art. 31, 32): the client's, and for a couple the partner's as the
   * income source reported it. The partner is not named: the form says "partner" only.
   */
  static String householdIncome(EligibilityFile file) {
    BigDecimal client = file.income() == null ? null : file.income().netMonthlyIncome();
    if (!"COUPLE".equals(file.householdType())) {
      return "- Netto inkomen van de klant (art. 31): " + money(client) + " per maand\n";
    }
    BigDecimal partner = file.partnerMonthlyIncome();
    String line = "- Netto gezinsinkomen (art. 31, 32): klant " + money(client) + " + partner " + money(partner)
        + " = " + money(client == null || partner == null ? null : client.add(partner)) + " per maand";
    if (file.person() == null || !file.person().hasPartner()) {
      line += " (de BRP kent geen partner: het inkomen van de partner is niet opgevraagd, stel het vast)";
    } else {
      line += " (inkomen van de partner opgevraagd bij UWV/Suwinet voor de partner die de BRP kent)";
    }
    return line + "\n";
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "onbekend" : NumberFormat.getCurrencyInstance(DUTCH).format(amount);
  }
}
