package nl.gemeente.participatie.assessment.process;

import java.util.Map;
import nl.gemeente.participatie.assessment.Route;
import nl.gemeente.participatie.assessment.RouteProposal;
import org.springframework.stereotype.Component;

/** The rules' proposal in Dutch, as the plan form shows it (Markdown). */
@Component
class RouteSummary {

  static final Map<Route, String> NAMES = Map.of(
      Route.CARE_FIRST, "zorg eerst",
      Route.ENTREPRENEUR_SUPPORT, "ondersteuning eigen bedrijf (Bbz)",
      Route.SOCIAL_ACTIVATION, "sociale activering",
      Route.MAATSCHAPPELIJKE_BAAN, "maatschappelijke baan",
      Route.WORK_EXPERIENCE_PLACEMENT, "werkervaringsplaats",
      Route.WORK_FIT_TRAJECTORY, "werkfit-traject",
      Route.DIRECT_MEDIATION, "directe bemiddeling");

  static final Map<String, String> OBLIGATIONS = Map.of(
      "FULL", "volledige arbeidsverplichtingen",
      "TEMPORARY_EXEMPTION", "tijdelijk ontheven",
      "SINGLE_PARENT_EXEMPTION", "ontheven als alleenstaande ouder",
      "NOT_APPLICABLE", "geen arbeidsverplichtingen (geen bijstand)");

  static final Map<String, String> LANGUAGE = Map.of(
      "APPLIES", "taaleis geldt",
      "TO_BE_TESTED", "taaltoets volgt",
      "MET", "taaleis vervuld",
      "EXEMPT", "ontheven van de taaleis",
      "NOT_APPLICABLE", "taaleis niet van toepassing");

  String of(RouteProposal proposal) {
    StringBuilder text = new StringBuilder("#### Voorstel: ").append(NAMES.get(proposal.route())).append("\n\n");
    text.append("> ").append(proposal.explanation()).append("\n\n");
    text.append("- Verplichtingen: ").append(OBLIGATIONS.getOrDefault(proposal.obligations(), proposal.obligations()));
    if (proposal.exemptUntil() != null) {
      text.append(" tot en met ").append(proposal.exemptUntil());
    }
    text.append(" (").append(proposal.obligationsArticle()).append(")\n");
    text.append("- Taal: ").append(LANGUAGE.getOrDefault(proposal.languageRequirement(), proposal.languageRequirement()))
        .append(" (art. 18b)\n");
    if (proposal.debtReferral()) {
      text.append("- Schulden: verwijzing naar de schuldhulpverlening, naast de route naar werk\n");
    }
    if (proposal.assessWageValue()) {
      text.append("- Laat de loonwaarde bepalen (loonkostensubsidie, art. 10c/10d)\n");
    }
    if (proposal.askUwvShelteredWorkAdvice()) {
      text.append("- Vraag UWV om advies beschut werk (art. 10b)\n");
    }
    if (proposal.jobCoaching()) {
      text.append("- Overweeg jobcoaching\n");
    }
    text.append("\nU spreekt de route af met de klant; wijkt u af, geef dan de reden.");
    return text.toString();
  }
}
