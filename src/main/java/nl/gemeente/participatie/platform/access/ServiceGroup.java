package nl.gemeente.participatie.platform.access;

import java.util.Arrays;
import java.util.List;

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
  SCHULDHULP("schuldhulp", "Schuldhulppartner", true),
  /** Contracted partners' system accounts (user id = partner id): only the assignment callback API. */
  PARTNER("partner", "Gecontracteerde partners", true),
  /** System accounts that send signals (BRP mutations, housing corporations, Inlichtingenbureau): only POST /api/signals. */
  SIGNALEN("signalen", "Signaalleveranciers", true);

  private final String id;
  private final String displayName;
  private final boolean systemAccounts;

  ServiceGroup(String id, String displayName) {
    this(id, displayName, false);
  }

  ServiceGroup(String id, String displayName, boolean systemAccounts) {
    this.id = id;
    this.displayName = displayName;
    this.systemAccounts = systemAccounts;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The groups of persons (Camunda users), i.e. all but the system accounts' groups. */
  public static List<ServiceGroup> personGroups() {
    return Arrays.stream(values()).filter(group -> !group.systemAccounts).toList();
  }

  /**
   * The groups of system accounts ({@link SystemAccounts}, ADR 0003): {@code schuldhulp},
   * {@code partner}, {@code signalen}. Only a configured system account carries one; they are not
   * Camunda groups, and a person in a Camunda group of such an id gets nothing from it.
   */
  public static List<ServiceGroup> systemAccountGroups() {
    return Arrays.stream(values()).filter(group -> group.systemAccounts).toList();
  }
}
