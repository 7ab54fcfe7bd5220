package nl.gemeente.participatie.common;

import java.math.BigDecimal;

/**
 * Amounts in euros from forms and APIs (declared assets, monthly amounts, wages, invoices): the
 * bounds checked before anything is stored or paid, so an absurd value ({@code 1e308}) is a clear
 * refusal naming the field, not a database error that quotes the value into the log.
 *
 * <p>At most {@link #MAX} (one billion euros) with at most two decimals (cents). The money columns
 * of the service's tables are {@code numeric(12,2)} or wider (up to 9 999 999 999.99), so every
 * accepted amount fits; no bijstand asset, monthly amount, wage or trajectory invoice comes near a
 * billion, so the bound refuses no real case. Whether an amount may be 0 or must be more is each
 * field's own rule (e.g. an asset may be 0, a granted monthly amount may not).
 */
public final class Money {

  /** The largest amount accepted anywhere: 1 000 000 000.00 euros. */
  public static final BigDecimal MAX = new BigDecimal("1000000000.00");

  /** Cents: amounts are stored with two decimals. */
  public static final int MAX_DECIMALS = 2;

  private Money() {}

  /** Within the bounds (null is not judged here: whether it is required is the field's rule). */
  public static boolean withinBounds(BigDecimal amount) {
    return amount == null
        || amount.abs().compareTo(MAX) <= 0 && amount.stripTrailingZeros().scale() <= MAX_DECIMALS;
  }

  /** The English problem for an API client (the field is named beside it). */
  public static final String BOUNDS_MESSAGE = "must be an amount of at most 1000000000.00 with at most 2 decimals";

  /** The Dutch problem for a caseworker; {@code what} names the field, e.g. "Het opgegeven vermogen". */
  public static String boundsMessage(String what) {
    return what + " moet een bedrag zijn van ten hoogste 1.000.000.000,00 euro met ten hoogste 2 decimalen.";
  }
}
