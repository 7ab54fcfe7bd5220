package nl.gemeente.participatie.eligibility;

/** What the Inlichtingenbureau knows of bijstand elsewhere (Bijstandsregelingen). */
public record BenefitsRegisterFacts(boolean runningBijstandElsewhere, boolean openClaims) {

  public static BenefitsRegisterFacts nothingKnown() {
    return new BenefitsRegisterFacts(false, false);
  }
}
