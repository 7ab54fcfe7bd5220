package nl.gemeente.participatie.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gemeente.participatie.common.Texts;

/** "Plan van aanpak opstellen": what the caseworker agrees with the client. */
public record Plan(String agreedRoute, String deviationReason, String goals, String activities, LocalDate startDate,
    LocalDate reviewDate) {

  public List<String> problems(Route proposed, LocalDate today) {
    List<String> problems = new ArrayList<>();
    Route agreed = Route.parse(agreedRoute);
    if (agreed == null) {
      problems.add("Kies de afgesproken route.");
    } else if (agreed != proposed && (deviationReason == null || deviationReason.isBlank())) {
      problems.add("U wijkt af van de voorgestelde route: geef de reden.");
    }
    if (goals == null || goals.isBlank()) {
      problems.add("Beschrijf de doelen van het plan.");
    }
    if (activities == null || activities.isBlank()) {
      problems.add("Beschrijf de activiteiten.");
    }
    if (Texts.tooLong(deviationReason, 2000)) {
      problems.add(Texts.tooLongMessage("De reden om af te wijken", 2000));
    }
    if (Texts.tooLong(goals, 4000)) {
      problems.add(Texts.tooLongMessage("De doelen", 4000));
    }
    if (Texts.tooLong(activities, 4000)) {
      problems.add(Texts.tooLongMessage("De activiteiten", 4000));
    }
    if (startDate == null) {
      problems.add("Vul de startdatum in.");
    }
    if (reviewDate == null || (startDate != null && !reviewDate.isAfter(startDate)) || (reviewDate != null && !reviewDate.isAfter(today))) {
      problems.add("De datum van het eerste voortgangsgesprek ligt na de startdatum en na vandaag.");
    }
    return problems;
  }
}
