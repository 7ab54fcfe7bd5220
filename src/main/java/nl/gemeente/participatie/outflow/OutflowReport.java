package nl.gemeente.participatie.outflow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outflow figures a municipality reports (issue 6), aggregated; no case ids, no personal data.
 * Job starts count by the day the work started (contract start, else the reported date); ended
 * cases by the day they were closed.
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

  private final JdbcClient jdbc;

  OutflowReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Figures between(LocalDate from, LocalDate to) {
    List<Row> rows = jdbc.sql("""
            select j.source, j.decided_outcome, j.status, coalesce(j.contract_start, j.reported_start_date) as work_start,
                   c.report_date, a.agreed_route,
                   coalesce(
                     (select p.partner_id from pw_assignment p where p.assignment_id = j.assignment_id),
                     (select max(p.partner_id) from pw_assignment p where p.case_id = j.case_id and p.status = 'ACCEPTED'
                        and p.offered_at = (select max(q.offered_at) from pw_assignment q
                                            where q.case_id = j.case_id and q.status = 'ACCEPTED'))) as partner
            from pw_job_start j
            join pw_case c on c.case_id = j.case_id
            left join pw_assessment a on a.case_id = j.case_id
            where coalesce(j.contract_start, j.reported_start_date) between :from and :to""")
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> new Row(rs.getString("source"), rs.getString("decided_outcome"), rs.getString("status"),
            rs.getObject("work_start", LocalDate.class), rs.getObject("report_date", LocalDate.class),
            rs.getString("agreed_route"), rs.getString("partner")))
        .list();

    JobStarts jobStarts = new JobStarts(rows.size(),
        count(rows, row -> row.decided() == null ? "UNDECIDED" : row.decided()),
        count(rows, Row::source),
        (int) rows.stream().filter(row -> JobStartStatus.JOB_KEPT.name().equals(row.status())).count(),
        (int) rows.stream().filter(row -> JobStartStatus.JOB_LOST.name().equals(row.status())).count(),
        (int) rows.stream().filter(row -> !JobStartStatus.JOB_KEPT.name().equals(row.status())
            && !JobStartStatus.JOB_LOST.name().equals(row.status())).count());

    List<Long> days = rows.stream().map(row -> ChronoUnit.DAYS.between(row.reportDate(), row.workStart())).sorted().toList();
    DaysToWork daysToWork = new DaysToWork(days.size(), median(days),
        days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElseThrow());

    List<Map<String, Object>> closed = jdbc.sql("""
            select outcome, job_lasted_6_months from pw_case
            where status = 'CLOSED' and closed_at >= :start and closed_at < :end""")
        .param("start", OffsetDateTime.from(from.atStartOfDay(AMSTERDAM)))
        .param("end", OffsetDateTime.from(to.plusDays(1).atStartOfDay(AMSTERDAM)))
        .query().listOfRows();
    ClosedCases closedCases = new ClosedCases(closed.size(),
        count(closed, row -> String.valueOf(row.get("outcome"))),
        (int) closed.stream().filter(row -> Boolean.TRUE.equals(row.get("job_lasted_6_months"))).count());

    return new Figures(from, to, jobStarts, daysToWork, groups(rows, Row::route), groups(rows, Row::partner), closedCases);
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
