package nl.gemeente.participatie.signals;

/** Who sends a signal. */
public enum SignalSource {
  /** The BRP (through a gemeentelijke mutatieservice). */
  BRP,
  /** A housing corporation (woningcorporatie), under the municipality's covenant on early signals. */
  HOUSING,
  /** The Inlichtingenbureau (detention, art. 13 lid 1 a). */
  INLICHTINGENBUREAU,
  /** The client, through the caseworker (inlichtingenplicht, art. 17). */
  CLIENT
}
