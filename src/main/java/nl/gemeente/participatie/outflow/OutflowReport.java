package nl.gemeente.participatie.outflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gemeente.participatie.assessment.AssessmentFacts;
import nl.gemeente.participatie.trajectory.TrajectoryPartners;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseRepository.ClosedCase;
import org.springframework.stereotype.Component;

/**
 * The outflow figures a municipality reports (issue 6), aggregated; no case ids, no personal data.
 * Job starts count by the day the work started (contract start, else the reported date); ended
 * cases by the day they were closed.
 *
 * <p>Composed through the owners' ports, each asked once per report for all its cases (not per job
 * start): the job starts from the outflow's own table, the melding dates and the closed cases from
 * the case register, the agreed routes from the assessment, the partners from the trajectory purchase.
 */
@Component
public class OutflowReport {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  public record Figures(LocalDate from, LocalDate to, JobStarts jobStarts, DaysToWork daysFromMeldingToWork,
      List<Group> byRoute, List<Group> byPartner, ClosedCases closedCases) {}

  /**
   * @param lasted jobs still held at the end of aftercare; {@code lost} ended within it;
   *     {@code inAftercare} still followed
   */
  public record JobStarts(int total, Map<String, Integer> byDecision, Map<String, Integer> bySource, int lasted,
      int lost, int inAftercare) {}

  public record DaysToWork(int count, Double median, Double average) {}

  public record Group(String key, int jobStarts, int lasted, int lost) {}

  public record ClosedCases(int total, Map<String, Integer> byResult, int jobLasted6Months) {}

  private record Row(String source, String decided, String status, LocalDate workStart, LocalDate reportDate,
      String route, String partner) {}

  private final JobStartRepository jobStarts;
  private final CaseRepository cases;
  private final AssessmentFacts assessments;
  private final TrajectoryPartners partners;

  OutflowReport(JobStartRepository jobStarts, CaseRepository cases, AssessmentFacts assessments, TrajectoryPartners partners) {
    this.jobStarts = jobStarts;
    this.cases = cases;
    this.assessments = assessments;
    this.partners = partners;
  }

  public Figures between(LocalDate from, LocalDate to) {
    List<JobStartRepository.StartedJob> started = jobStarts.startedBetween(from, to);
    List<String> caseIds = started.stream().map(JobStartRepository.StartedJob::caseId).distinct().toList();
    Map<String, LocalDate> reportDates = cases.reportDates(caseIds);
    Map<String, String> routes = assessments.agreedRoutes(caseIds);
    Map<String, String> assignmentPartners = partners.partnersOfAssignments(started.stream()
        .map(JobStartRepository.StartedJob::assignmentId).filter(java.util.Objects::nonNull).toList());
    Map<String, String> latestPartners = partners.latestAcceptedPartners(caseIds);
    List<Row> rows = started.stream()
        .filter(job -> reportDates.containsKey(job.caseId()))
        .map(job -> new Row(job.source().name(), job.decided() == null ? null : job.decided().name(), job.status().name(),
            job.workStart(), reportDates.get(job.caseId()), routes.get(job.caseId()),
            job.assignmentId() != null && assignmentPartners.containsKey(job.assignmentId())
                ? assignmentPartners.get(job.assignmentId()) : latestPartners.get(job.caseId())))
        .toList();

    JobStarts figures = new JobStarts(rows.size(),
        count(rows, row -> row.decided() == null ? "UNDECIDED" : row.decided()),
        count(rows, Row::source),
        (int) rows.stream().filter(row -> JobStartStatus.JOB_KEPT.name().equals(row.status())).count(),
        (int) rows.stream().filter(row -> JobStartStatus.JOB_LOST.name().equals(row.status())).count(),
        (int) rows.stream().filter(row -> !JobStartStatus.JOB_KEPT.name().equals(row.status())
            && !JobStartStatus.JOB_LOST.name().equals(row.status())).count());

    List<Long> days = rows.stream().map(row -> ChronoUnit.DAYS.between(row.reportDate(), row.workStart())).sorted().toList();
    DaysToWork daysToWork = new DaysToWork(days.size(), median(days),
        days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElseThrow());

    List<ClosedCase> closed = cases.closedBetween(from.atStartOfDay(AMSTERDAM).toInstant(),
        to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
    ClosedCases closedCases = new ClosedCases(closed.size(),
        count(closed, row -> String.valueOf(row.outcome())),
        (int) closed.stream().filter(ClosedCase::jobLasted6Months).count());

    return new Figures(from, to, figures, daysToWork, groups(rows, Row::route), groups(rows, Row::partner), closedCases);
  }

  private static <T> Map<String, Integer> count(Collection<T> rows, Function<T, String> key) {
    return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingInt(row -> 1)));
  }

  private static List<Group> groups(List<Row> rows, Function<Row, String> key) {
    Map<String, List<Row>> byKey = rows.stream()
        .collect(Collectors.groupingBy(row -> key.apply(row) == null ? "NONE" : key.apply(row), TreeMap::new,
            Collectors.toList()));
    List<Group> groups = new ArrayList<>();
    byKey.forEach((k, group) -> groups.add(new Group(k, group.size(),
        (int) group.stream().filter(row -> JobStartStatus.JOB_KEPT.name().equals(row.status())).count(),
        (int) group.stream().filter(row -> JobStartStatus.JOB_LOST.name().equals(row.status())).count())));
    return groups;
  }

  private static Double median(List<Long> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }
}
