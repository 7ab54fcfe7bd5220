package nl.gemeente.participatie.signals;

/**
 * What a signal says, who may send it, and what the caseworker checks ("Signaal beoordelen"). The
 * guidance names the article; the caseworker decides: no effect, recompute, or suspend.
 */
public enum SignalKind {
  MOVED(SignalSource.BRP, "Verhuisd",
      "Verhuisd binnen of buiten de gemeente? Buiten de gemeente eindigt de bijstand hier (art. 40): herberekenen en beëindigen."),
  EMIGRATED(SignalSource.BRP, "Vertrokken naar het buitenland",
      "Alleen wie in Nederland woont heeft recht op bijstand (art. 11 lid 1): herberekenen."),
  DECEASED(SignalSource.BRP, "Overleden",
      "Het recht eindigt op de dag van overlijden: herberekenen en beëindigen, zaak afsluiten."),
  RENT_ARREARS(SignalSource.HOUSING, "Huurachterstand",
      "Meestal geen gevolg voor het recht; overweeg schuldhulp of betaling van de huur uit de bijstand (art. 57)."),
  EVICTION(SignalSource.HOUSING, "Dreigende huisuitzetting",
      "Controleer het woonadres; bij onduidelijkheid opschorten en gegevens opvragen (art. 54 lid 2)."),
  DETENTION(SignalSource.INLICHTINGENBUREAU, "Detentie",
      "Geen recht op bijstand tijdens detentie (art. 13 lid 1 a): herberekenen."),
  STAY_ABROAD(SignalSource.CLIENT, "Verblijf in het buitenland",
      "Meer dan 28 dagen per jaar in het buitenland geeft geen recht over de dagen daarboven (art. 13 lid 1 e): herberekenen."),
  OTHER_INCOME(SignalSource.CLIENT, "Ander inkomen",
      "Inkomen wordt verrekend met de bijstand (art. 31-32): herberekenen.");

  private final SignalSource source;
  private final String label;
  private final String guidance;

  SignalKind(SignalSource source, String label, String guidance) {
    this.source = source;
    this.label = label;
    this.guidance = guidance;
  }

  /** The one source that may send this kind (the caseworker sends the client's on their behalf). */
  public SignalSource source() {
    return source;
  }

  public String label() {
    return label;
  }

  public String guidance() {
    return guidance;
  }
}
