package nl.gemeente.participatie.platform.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.gemeente.participatie.platform.access.ServiceGroup;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service's own metrics for the municipality's monitoring (Prometheus on /actuator/prometheus):
 * cases started and closed (by result), open tasks per candidate group, open incidents (by step),
 * and open applications whose Awb deadline is within 7 days. Partner call latency and errors are
 * timed where the calls are made ({@code participatie.partner.calls}). All figures are counts: no
 * case ids, no personal data. The per-group and per-step figures are read from the database once a
 * minute, not on every scrape.
 */
@Component
class ServiceMetrics implements MeterBinder, DisposableBean {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "service-metrics");
    thread.setDaemon(true);
    return thread;
  });

  ServiceMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("participatie.cases.started", this, metrics -> metrics.count("select count(*) from pw_case"))
        .description("Cases registered (meldingen)").register(registry);
    Gauge.builder("participatie.cases.open", this, metrics -> metrics.count("select count(*) from pw_case where status = 'OPEN'"))
        .description("Cases running").register(registry);
    Gauge.builder("participatie.incidents", this, metrics -> metrics.count("select count(*) from act_ru_incident"))
        .description("Open incidents in Cockpit").register(registry);
    Gauge.builder("participatie.cases.awb_deadline_within_7_days", this, ServiceMetrics::awbDeadlineSoon)
        .description("Applications without a decision whose Awb deadline is within 7 days").register(registry);
    MultiGauge closed = MultiGauge.builder("participatie.cases.closed").description("Cases closed, by result").register(registry);
    MultiGauge tasks = MultiGauge.builder("participatie.tasks.open").description("Open tasks per candidate group").register(registry);
    MultiGauge incidents = MultiGauge.builder("participatie.incidents.open").description("Open incidents per step").register(registry);
    Runnable refresh = () -> {
      try {
        closed.register(rows("select outcome as k, count(*) as n from pw_case where status = 'CLOSED' group by outcome", "result"), true);
        tasks.register(taskRows(), true);
        incidents.register(rows("select activity_id_ as k, count(*) as n from act_ru_incident group by activity_id_", "step"), true);
      } catch (RuntimeException e) {
        // the next refresh tries again; metrics never stop the service
      }
    };
    refresh.run();
    refresher.scheduleWithFixedDelay(refresh, 1, 1, TimeUnit.MINUTES);
  }

  private List<MultiGauge.Row<?>> rows(String sql, String tag) {
    List<MultiGauge.Row<?>> rows = new java.util.ArrayList<>();
    jdbc.sql(sql).query((rs, n) -> {
      String key = rs.getString("k");
      rows.add(MultiGauge.Row.of(Tags.of(tag, key == null ? "none" : key), rs.getLong("n")));
      return key;
    }).list();
    return rows;
  }

  /** Every group, also those without open tasks (0), from one grouped query. */
  private List<MultiGauge.Row<?>> taskRows() {
    java.util.Map<String, Long> open = new java.util.HashMap<>();
    jdbc.sql("""
            select l.group_id_ as k, count(distinct t.id_) as n from act_ru_task t
            join act_ru_identitylink l on l.task_id_ = t.id_
            where l.type_ = 'candidate' and l.group_id_ is not null group by l.group_id_""")
        .query((rs, n) -> open.put(rs.getString("k"), rs.getLong("n"))).list();
    List<MultiGauge.Row<?>> rows = new java.util.ArrayList<>();
    for (ServiceGroup group : ServiceGroup.values()) {
      rows.add(MultiGauge.Row.of(Tags.of("group", group.id()), open.getOrDefault(group.id(), 0L)));
    }
    return rows;
  }

  private double count(String sql) {
    try {
      return jdbc.sql(sql).query(Long.class).single();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private double awbDeadlineSoon() {
    try {
      LocalDate today = LocalDate.now(clock);
      return jdbc.sql("""
              select count(*) from pw_case
              where status = 'OPEN' and stage = 'ELIGIBILITY' and awb_deadline between :today and :limit""")
          .param("today", today).param("limit", today.plusDays(7)).query(Long.class).single();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  @Override
  public void destroy() {
    refresher.shutdownNow();
  }
}
