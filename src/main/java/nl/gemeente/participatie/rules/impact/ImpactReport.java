package nl.gemeente.participatie.rules.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a candidate version of a decision would have changed in the evaluations recorded in a
 * period. Counts only, and case ids: no input or output value of any one person.
 *
 * @param decisionKey the decision compared
 * @param latestVersion the latest deployed version of that decision
 * @param versionsSeen the deployed versions whose evaluations were found, oldest first
 * @param evaluations recorded evaluations of the decision in the period (asked for themselves, not
 *     as a requirement of another decision)
 * @param reEvaluated evaluations the candidate was compared on: {@code changed + unchanged + failed}
 * @param changed evaluations with at least one output that would differ
 * @param failed evaluations the candidate could not evaluate (an error in the candidate for these
 *     inputs: in production an incident)
 * @param notReproducible evaluations left out: their own version, evaluated again on the recorded
 *     inputs, does not give the recorded outcome, so the history does not hold all they depended on
 *     (a version whose inputs are only used inside calculations, or a value that is not read back)
 * @param outputs per output column of the candidate (and any recorded column it no longer has)
 * @param exampleCaseIds up to 10 cases (business keys) with a changed outcome, latest first
 * @param failedExampleCaseIds up to 10 cases where the candidate failed, latest first
 */
record ImpactReport(String decisionKey, LocalDate from, LocalDate to, int latestVersion, List<VersionSeen> versionsSeen,
    long evaluations, long reEvaluated, long changed, long unchanged, long failed, long notReproducible,
    Map<String, OutputImpact> outputs, List<String> exampleCaseIds, List<String> failedExampleCaseIds,
    long durationMillis) {

  /** A deployed version of the decision with its evaluations in the period. */
  record VersionSeen(int version, long evaluations, long notReproducible) {}

  /**
   * The changes in one output column. {@code type} is the kind of value seen ({@code boolean},
   * {@code number}, {@code text}, {@code list}, {@code mixed}; absent when the column only held
   * null). Booleans, texts and lists: {@code transitions} "old→new" with their counts, the 10 most
   * frequent, and how many changes the others account for. Numbers: how many went up and down and
   * the total and average difference of those, and how many became null or got a value.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OutputImpact(String type, long changed, Map<String, Long> transitions, Long otherTransitions, Long increased,
      Long decreased, Double totalDifference, Double averageDifference, Long becameNull, Long becameNonNull) {}
}
