package nl.gemeente.participatie.zaak;

import java.util.Objects;

/**
 * Burgerservicenummer: nine digits that pass the eleven test (elfproef), the check the BRP itself
 * applies: sum of digit_i * (9, 8, 7, 6, 5, 4, 3, 2, -1) is divisible by 11.
 *
 * <p>{@link #toString()} never shows the number, so a BSN cannot end up in a log line by accident;
 * use {@link #value()} where the number itself is needed.
 */
public final class Bsn {

  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  private final String value;

  private Bsn(String value) {
    this.value = value;
  }

  /** @throws IllegalArgumentException when the candidate is no valid BSN (the message holds no digits) */
  public static Bsn of(String candidate) {
    if (!hasNineDigits(candidate)) {
      throw new IllegalArgumentException("BSN must consist of 9 digits");
    }
    if (!passesElevenTest(candidate)) {
      throw new IllegalArgumentException("BSN fails the eleven test");
    }
    return new Bsn(candidate);
  }

  public static boolean hasNineDigits(String candidate) {
    return candidate != null && candidate.matches("[0-9]{9}");
  }

  /** Eleven test on nine digits; 000000000 passes the sum but is not a number the BRP issues. */
  public static boolean passesElevenTest(String nineDigits) {
    if (!hasNineDigits(nineDigits) || nineDigits.equals("000000000")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bsn bsn && bsn.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return "Bsn[*********]";
  }
}
