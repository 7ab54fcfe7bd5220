package nl.gemeente.participatie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Candidate rules as policy staff would make them: decision {@code eligibility} with a new norm for a
 * single adult from 1 July 2027 (€ 1.450,00 instead of € 1.401,50), the old period ending the day before,
 * and its case file updated to match.
 */
public final class RuleCandidates {

  public static final String CHANGE_DATE = "2027-07-01";
  public static final String NEW_SINGLE_NORM = "1450.00";

  private RuleCandidates() {}

  public static String eligibilityDmn() {
    return read(Path.of("dmn/eligibility.dmn"));
  }

  public static String eligibilityCases() {
    return read(Path.of("dmn/eligibility.cases.csv"));
  }

  /** The single norm changes on {@link #CHANGE_DATE}: the 2026 period ends the day before, a new rule follows it. */
  public static String eligibilityWithNewSingleNorm() {
    String dmn = eligibilityDmn();
    String oldPeriod = "<inputEntry id=\"InputEntry_BijstandNorm_8_1\"><text>&gt;= date(\"2026-01-01\")</text></inputEntry>";
    if (!dmn.contains(oldPeriod)) {
      throw new IllegalStateException("eligibility.dmn changed: the candidate needs updating");
    }
    dmn = dmn.replace(oldPeriod,
        "<inputEntry id=\"InputEntry_BijstandNorm_8_1\"><text>[date(\"2026-01-01\")..date(\"" + CHANGE_DATE + "\"))</text></inputEntry>");
    int rule10 = dmn.indexOf("<rule id=\"Rule_BijstandNorm_10\">");
    int end = dmn.indexOf("</rule>", rule10) + "</rule>".length();
    String newRule = """

          <rule id="Rule_BijstandNorm_11">
            <description>Art. 21 sub a, per %1$s [check: Staatscourant]</description>
            <inputEntry id="InputEntry_BijstandNorm_11_1"><text>&gt;= date("%1$s")</text></inputEntry>
            <inputEntry id="InputEntry_BijstandNorm_11_2"><text>"SINGLE"</text></inputEntry>
            <inputEntry id="InputEntry_BijstandNorm_11_3"><text>"21_TO_AOW"</text></inputEntry>
            <outputEntry id="OutputEntry_BijstandNorm_11_1"><text>%2$s</text></outputEntry>
            <outputEntry id="OutputEntry_BijstandNorm_11_2"><text>"%1$s [check]"</text></outputEntry>
          </rule>""".formatted(CHANGE_DATE, NEW_SINGLE_NORM);
    return dmn.substring(0, end) + newRule + dmn.substring(end);
  }

  /** The case file for the candidate: the 2028 case gets the new norm, and the two days around the change are shown. */
  public static String eligibilityCasesForNewSingleNorm() {
    String cases = eligibilityCases();
    // the number of input columns (between "shows" and the first output, "eligible"), so that a new input does not break the candidate
    java.util.List<String> header = java.util.List.of(cases.substring(0, cases.indexOf('\n')).split(","));
    int inputs = header.indexOf("eligible") - header.indexOf("shows") - 1;
    String aow2028 = "2028-01-20,2027-12-20,1961-01-15" + ",".repeat(inputs - 2) + "true,none,1401.50,";
    if (!cases.contains(aow2028)) {
      throw new IllegalStateException("eligibility.cases.csv changed: the candidate needs updating");
    }
    cases = cases.replace(aow2028, "2028-01-20,2027-12-20,1961-01-15" + ",".repeat(inputs - 2) + "true,none," + NEW_SINGLE_NORM + ",");
    return cases.stripTrailing() + "\n"
        + "day before the July 2027 norm,\"An application of 30 June 2027 is judged with the norm of that day (art. 21 sub a)\","
        + "2027-06-30,2027-06-01" + ",".repeat(inputs - 1) + "true,none,1401.50,1401.50,\n"
        + "first day of the July 2027 norm,\"From 1 July 2027 the new single norm applies [check]\","
        + CHANGE_DATE + ",2027-06-01" + ",".repeat(inputs - 1) + "true,none," + NEW_SINGLE_NORM + "," + NEW_SINGLE_NORM + ",\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
