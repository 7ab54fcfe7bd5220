package nl.gemeente.participatie.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.common.Texts;

/**
 * The broad assessment ("Brede intake afnemen", seed 000 and 002): the Zelfredzaamheid-Matrix, the
 * Participatieladder, specific barriers, wishes, hours and signals for instruments. Kept whole as
 * one JSON value; raw boxed values so every problem can be reported at once, in Dutch.
 */
public record Assessment(
    Zrm zrm,
    Integer ladderRung,
    Barriers barriers,
    Boolean wishesOwnBusiness,
    String wishes,
    Integer hoursAvailable,
    Boolean possiblyReducedWageValue,
    Boolean shelteredWorkNeeded,
    Boolean dutchLevel1F,
    Boolean languageExempt,
    Boolean singleParentExemptionRequested,
    LocalDate youngestChildBirthDate,
    LocalDate temporaryExemptionUntil,
    String temporaryExemptionReason) {

  public static final int MAX_HOURS = 60;

  /** Zelfredzaamheid-Matrix: 13 domains, 1 (acute problems) to 5 (fully self-reliant). */
  public record Zrm(Integer finances, Integer workEducation, Integer timeUse, Integer housing, Integer homeRelations,
      Integer mentalHealth, Integer physicalHealth, Integer addiction, Integer selfCare, Integer dailyActivities,
      Integer socialNetwork, Integer communityParticipation, Integer justice) {

    /** Domain name as the caseworker knows it, and its score. */
    Map<String, Integer> byDutchName() {
      Map<String, Integer> scores = new LinkedHashMap<>();
      scores.put("Financiën", finances);
      scores.put("Werk en opleiding", workEducation);
      scores.put("Tijdsbesteding", timeUse);
      scores.put("Huisvesting", housing);
      scores.put("Huiselijke relaties", homeRelations);
      scores.put("Geestelijke gezondheid", mentalHealth);
      scores.put("Lichamelijke gezondheid", physicalHealth);
      scores.put("Verslaving", addiction);
      scores.put("ADL-vaardigheden", selfCare);
      scores.put("Dagelijkse activiteiten", dailyActivities);
      scores.put("Sociaal netwerk", socialNetwork);
      scores.put("Maatschappelijke participatie", communityParticipation);
      scores.put("Justitie", justice);
      return scores;
    }
  }

  /** Specific barriers the caseworker sees (seed 000): each a yes/no. */
  public record Barriers(Boolean debts, Boolean language, Boolean childcare, Boolean health, Boolean housing,
      Boolean careDuties) {}

  /** Problems in Dutch; empty when the assessment can be recorded. */
  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (zrm == null) {
      problems.add("Vul de zelfredzaamheidsscores in.");
    } else {
      zrm.byDutchName().forEach((domain, score) -> {
        if (score == null || score < 1 || score > 5) {
          problems.add("Zelfredzaamheid " + domain + ": kies een score van 1 tot en met 5.");
        }
      });
    }
    if (ladderRung == null || ladderRung < 1 || ladderRung > 6) {
      problems.add("Participatieladder: kies een trede van 1 tot en met 6.");
    }
    if (hoursAvailable == null || hoursAvailable < 0 || hoursAvailable > MAX_HOURS) {
      problems.add("Beschikbare uren per week: 0 tot en met " + MAX_HOURS + ".");
    }
    if (temporaryExemptionUntil != null) {
      if (!temporaryExemptionUntil.isAfter(today)) {
        problems.add("Een tijdelijke ontheffing eindigt na vandaag.");
      }
      if (temporaryExemptionReason == null || temporaryExemptionReason.isBlank()) {
        problems.add("Geef de dringende reden voor de tijdelijke ontheffing (art. 9 lid 2).");
      }
    }
    if (Texts.tooLong(wishes, 2000)) {
      problems.add(Texts.tooLongMessage("Wensen en ambities", 2000));
    }
    if (Texts.tooLong(temporaryExemptionReason, 2000)) {
      problems.add(Texts.tooLongMessage("De dringende reden", 2000));
    }
    if (youngestChildBirthDate != null && youngestChildBirthDate.isAfter(today)) {
      problems.add("De geboortedatum van het jongste kind ligt niet in de toekomst.");
    }
    return problems;
  }

  public boolean debtsReported() {
    return barriers != null && Boolean.TRUE.equals(barriers.debts());
  }
}
