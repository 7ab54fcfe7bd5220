package nl.gemeente.participatie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntakeConversationTest {

  static IntakeConversation complete(String outcome, String reason) {
    return new IntakeConversation("SINGLE", 0, 0, "BIJSTAND", true, false, "PHONE", outcome, reason, BigDecimal.ZERO, 0, false, null);
  }

  @Test
  void aCompleteIntakeHasNoProblems() {
    assertThat(complete("PROCEED", null).problems()).isEmpty();
    assertThat(complete("WITHDRAWN", "Heeft werk gevonden").problems()).isEmpty();
  }

  @Test
  void withdrawalOrReferralNeedsAReason() {
    assertThat(complete("WITHDRAWN", " ").problems()).containsExactly("Geef de reden bij intrekking of doorverwijzing.");
    assertThat(complete("REFERRED", null).problems()).containsExactly("Geef de reden bij intrekking of doorverwijzing.");
  }

  @Test
  void theClientMustHaveBeenInformedAboutDataProcessing() {
    IntakeConversation intake = new IntakeConversation("SINGLE", 0, 0, "BIJSTAND", false, false, "PHONE", "PROCEED", null,
        BigDecimal.ZERO, 0, false, null);

    assertThat(intake.problems()).containsExactly("De klant moet zijn geïnformeerd over de verwerking van zijn gegevens.");
  }

  @Test
  void aSingleParentHasAChild() {
    IntakeConversation intake = new IntakeConversation("SINGLE_PARENT", 0, 0, "BIJSTAND", true, true, "EMAIL", "PROCEED", null,
        BigDecimal.ZERO, 0, false, null);

    assertThat(intake.problems()).containsExactly("Een alleenstaande ouder heeft ten minste één kind onder 18.");
  }

  @Test
  void countsStayWithinAHousehold() {
    assertThat(new IntakeConversation("COUPLE", -1, 21, "BIJSTAND", true, true, "EMAIL", "PROCEED", null, BigDecimal.ZERO, 0, false, null).problems())
        .hasSize(2);
    assertThat(new IntakeConversation("COUPLE", 20, 0, "BIJSTAND", true, true, "EMAIL", "PROCEED", null, BigDecimal.ZERO, 0, false, null).problems())
        .isEmpty();
  }

  @Test
  void aBijstandApplicationNeedsTheClientsDeclarations() {
    IntakeConversation intake = new IntakeConversation("SINGLE", 0, 0, "BIJSTAND", true, false, "PHONE", "PROCEED", null,
        null, 367, true, " ");

    assertThat(intake.continuesWithApplication()).isTrue();
    assertThat(intake.problems()).containsExactly(
        "Vul het opgegeven vermogen in (0 of meer).",
        "Aantal dagen in het buitenland dit kalenderjaar moet tussen 0 en 366 liggen.",
        "Geef de grond voor vrijstelling van de zoektermijn.");
  }

  @Test
  void textsStayWithinWhatTheCaseRegisterHolds() {
    IntakeConversation intake = new IntakeConversation("SINGLE", 0, 0, "BIJSTAND", true, false, "PHONE", "PROCEED", null,
        BigDecimal.ZERO, 0, true, "x".repeat(501));

    assertThat(intake.problems()).containsExactly("De grond voor vrijstelling is te lang (ten hoogste 500 tekens).");
  }

  @Test
  void workSupportOnlyNeedsNoDeclarations() {
    IntakeConversation intake = new IntakeConversation("SINGLE", 0, 0, "WORK_SUPPORT_ONLY", true, false, "PHONE", "PROCEED",
        null, null, null, null, null);

    assertThat(intake.continuesWithApplication()).isFalse();
    assertThat(intake.problems()).isEmpty();
  }

  @Test
  void anEmptySubmissionNamesEverythingThatIsMissing() {
    assertThat(new IntakeConversation(null, null, null, null, null, null, null, null, null, BigDecimal.ZERO, 0, false, null).problems())
        .hasSize(8);
  }
}
