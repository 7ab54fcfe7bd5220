package nl.gemeente.participatie.intake;

import nl.gemeente.participatie.zaak.RequestType;

import java.util.ArrayList;
import java.util.List;
import nl.gemeente.participatie.common.Money;
import nl.gemeente.participatie.common.Texts;

/**
 * What the caseworker records in the intake conversation ("Intakegesprek voeren"), kept as one JSON
 * process variable {@code intake}. Fields are raw so that every problem can be reported at once, in
 * Dutch, to the caseworker in Tasklist.
 */
public record IntakeConversation(
    String householdType,
    Integer childrenUnder18,
    Integer costSharers,
    String requestType,
    Boolean informedAboutDataProcessing,
    Boolean consentPartnerSharing,
    String contactPreference,
    String outcome,
    String outcomeReason,
    java.math.BigDecimal declaredAssets,
    Integer daysAbroadThisYear,
    Boolean searchPeriodExempt,
    String searchPeriodExemption) {

  /** Upper bound for counts: anything above is a typing error, not a household. */
  static final int MAX_PERSONS = 20;

  /** Every problem in Dutch; empty when the intake can be recorded. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    HouseholdType household = parse(HouseholdType.class, householdType);
    if (household == null) {
      problems.add("Kies de leefsituatie.");
    }
    if (childrenUnder18 == null || childrenUnder18 < 0 || childrenUnder18 > MAX_PERSONS) {
      problems.add("Aantal kinderen onder 18 moet tussen 0 en " + MAX_PERSONS + " liggen.");
    } else if (household == HouseholdType.SINGLE_PARENT && childrenUnder18 == 0) {
      problems.add("Een alleenstaande ouder heeft ten minste één kind onder 18.");
    }
    if (costSharers == null || costSharers < 0 || costSharers > MAX_PERSONS) {
      problems.add("Aantal kostendelers moet tussen 0 en " + MAX_PERSONS + " liggen.");
    }
    if (parse(RequestType.class, requestType) == null) {
      problems.add("Kies de soort aanvraag.");
    }
    if (!Boolean.TRUE.equals(informedAboutDataProcessing)) {
      problems.add("De klant moet zijn geïnformeerd over de verwerking van zijn gegevens.");
    }
    if (consentPartnerSharing == null) {
      problems.add("Leg vast of de klant toestemming geeft om gegevens met ketenpartners te delen.");
    }
    if (parse(ContactPreference.class, contactPreference) == null) {
      problems.add("Kies de contactvoorkeur.");
    }
    IntakeOutcome parsedOutcome = parse(IntakeOutcome.class, outcome);
    if (parsedOutcome == null) {
      problems.add("Kies de uitkomst van het gesprek.");
    } else if (parsedOutcome.needsReason() && (outcomeReason == null || outcomeReason.isBlank())) {
      problems.add("Geef de reden bij intrekking of doorverwijzing.");
    }
    if (Texts.tooLong(outcomeReason, 2000)) {
      problems.add(Texts.tooLongMessage("De reden", 2000));
    }
    if (continuesWithApplication()) {
      if (declaredAssets == null || declaredAssets.signum() < 0) {
        problems.add("Vul het opgegeven vermogen in (0 of meer).");
      } else if (!Money.withinBounds(declaredAssets)) {
        problems.add(Money.boundsMessage("Het opgegeven vermogen"));
      }
      if (daysAbroadThisYear == null || daysAbroadThisYear < 0 || daysAbroadThisYear > 366) {
        problems.add("Aantal dagen in het buitenland dit kalenderjaar moet tussen 0 en 366 liggen.");
      }
      if (Boolean.TRUE.equals(searchPeriodExempt) && (searchPeriodExemption == null || searchPeriodExemption.isBlank())) {
        problems.add("Geef de grond voor vrijstelling van de zoektermijn.");
      }
      if (Texts.tooLong(searchPeriodExemption, 500)) {
        problems.add(Texts.tooLongMessage("De grond voor vrijstelling", 500));
      }
    }
    return problems;
  }

  /** The intake leads to an application for bijstand: the eligibility stage follows. */
  public boolean continuesWithApplication() {
    return parse(IntakeOutcome.class, outcome) == IntakeOutcome.PROCEED
        && parse(RequestType.class, requestType) == RequestType.BIJSTAND;
  }

  public IntakeOutcome intakeOutcome() {
    return parse(IntakeOutcome.class, outcome);
  }

  public RequestType confirmedRequestType() {
    return parse(RequestType.class, requestType);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
