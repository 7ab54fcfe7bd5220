package nl.gemeente.participatie.platform.access;

/** The groups of the service; the id is what BPMN candidate groups and authorizations use. */
public enum ServiceGroup {
  KLANTMANAGER("klantmanager", "Klantmanagers"),
  INKOOP("inkoop", "Inkoop en contractmanagement"),
  TEAMLEIDER("teamleider", "Teamleiders"),
  BELEID("beleid", "Beleidsmedewerkers"),
  BEHEER("beheer", "Functioneel en technisch beheer"),
  /** The employer-services team (werkgeversservicepunt): mediation to vacancies. */
  WERKGEVERSSERVICE("werkgeversservice", "Werkgeversdienstverlening"),
  /** The debt-assistance partner's system account: only its callback API, no webapps. */
  SCHULDHULP("schuldhulp", "Schuldhulppartner"),
  /** Contracted partners' system accounts (user id = partner id): only the assignment callback API. */
  PARTNER("partner", "Gecontracteerde partners"),
  /** System accounts that send signals (BRP mutations, housing corporations, Inlichtingenbureau): only POST /api/signals. */
  SIGNALEN("signalen", "Signaalleveranciers");

  private final String id;
  private final String displayName;

  ServiceGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }
}
