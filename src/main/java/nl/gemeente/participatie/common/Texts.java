package nl.gemeente.participatie.common;

/** Free text from forms and APIs: the limits the service's tables can hold, checked before storing. */
public final class Texts {

  private Texts() {}

  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public static boolean tooLong(String value, int max) {
    return value != null && value.length() > max;
  }

  /** The Dutch problem for a text over its limit. */
  public static String tooLongMessage(String what, int max) {
    return what + " is te lang (ten hoogste " + max + " tekens).";
  }
}
