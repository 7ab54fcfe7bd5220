package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget for bought services, per year and instrument: reserve when assigning, settle on the
 * invoice, release on end or cancel. A reservation is one conditional UPDATE on the budget row: the
 * database serialises concurrent reservations on that row and re-checks the condition, so when two
 * caseworkers reserve the last money at the same moment exactly one succeeds. A check constraint
 * on the table refuses any overdraft a team lead did not approve.
 */
@Service
public class BudgetLedger {

  private static final Logger log = LoggerFactory.getLogger(BudgetLedger.class);

  public enum Status { RESERVED, SETTLED, RELEASED }

  /** The answer to a reservation: reserved (with its id), or not enough budget (with what is left). */
  public sealed interface Outcome permits Reserved, Insufficient {}

  public record Reserved(String reservationId) implements Outcome {}

  public record Insufficient(BigDecimal available) implements Outcome {}

  public record Budget(int year, String instrument, BigDecimal amount, BigDecimal approvedOverrun, BigDecimal reserved,
      BigDecimal spent) {
    public BigDecimal available() {
      return amount.add(approvedOverrun).subtract(reserved).subtract(spent);
    }
  }

  public record Reservation(String reservationId, int year, String instrument, String caseId, BigDecimal amount,
      Status status) {}

  public static class UnknownReservationException extends RuntimeException {
    public UnknownReservationException() {
      super("No such open reservation");
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  public BudgetLedger(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /** Sets (or raises, or lowers) the budget of a year and instrument; refused below what is already committed. */
  @Transactional
  public void setBudget(int year, String instrument, BigDecimal amount) {
    int updated = jdbc.sql("update pw_budget set amount = :amount where budget_year = :year and instrument = :instrument")
        .param("amount", amount).param("year", year).param("instrument", instrument).update();
    if (updated == 0) {
      jdbc.sql("insert into pw_budget (budget_year, instrument, amount) values (:year, :instrument, :amount)")
          .param("year", year).param("instrument", instrument).param("amount", amount).update();
    }
  }

  /** Reserves the amount for a case if the budget allows it; never partly. */
  @Transactional
  public Outcome reserve(String caseId, int year, String instrument, BigDecimal amount) {
    requirePositive(amount);
    int updated = jdbc.sql("""
            update pw_budget set reserved = reserved + :amount
            where budget_year = :year and instrument = :instrument
              and amount + approved_overrun - reserved - spent >= :amount""")
        .param("amount", amount).param("year", year).param("instrument", instrument).update();
    if (updated == 0) {
      return new Insufficient(find(year, instrument).map(Budget::available).orElse(BigDecimal.ZERO));
    }
    String id = record(caseId, year, instrument, amount, null);
    log.info("Case {}: reserved {} on {} {}", caseId, amount, instrument, year);
    return new Reserved(id);
  }

  /**
   * A team lead approves an overrun: the budget is extended by exactly the shortfall and the amount
   * reserved, in one transaction.
   */
  @Transactional
  public Reserved reserveWithApprovedOverrun(String caseId, int year, String instrument, BigDecimal amount,
      String approvedBy) {
    requirePositive(amount);
    Budget budget = find(year, instrument).orElseThrow(() -> new IllegalArgumentException("No budget " + instrument + " " + year));
    BigDecimal shortfall = amount.subtract(budget.available()).max(BigDecimal.ZERO);
    jdbc.sql("""
            update pw_budget set approved_overrun = approved_overrun + :shortfall, reserved = reserved + :amount
            where budget_year = :year and instrument = :instrument""")
        .param("shortfall", shortfall).param("amount", amount).param("year", year).param("instrument", instrument)
        .update();
    String id = record(caseId, year, instrument, amount, approvedBy);
    log.info("Case {}: reserved {} on {} {} with an approved overrun of {}", caseId, amount, instrument, year, shortfall);
    return new Reserved(id);
  }

  /** The invoice settles the reservation: the invoiced amount is spent, the reservation no longer held. */
  @Transactional
  public void settle(String reservationId, BigDecimal invoiced) {
    Reservation reservation = openReservation(reservationId);
    jdbc.sql("""
            update pw_budget set reserved = reserved - :reserved, spent = spent + :invoiced
            where budget_year = :year and instrument = :instrument""")
        .param("reserved", reservation.amount()).param("invoiced", invoiced)
        .param("year", reservation.year()).param("instrument", reservation.instrument()).update();
    close(reservationId, Status.SETTLED, invoiced);
  }

  /** The assignment ended without invoice, or was cancelled: the money is free again. */
  @Transactional
  public void release(String reservationId) {
    Reservation reservation = openReservation(reservationId);
    jdbc.sql("""
            update pw_budget set reserved = reserved - :reserved
            where budget_year = :year and instrument = :instrument""")
        .param("reserved", reservation.amount())
        .param("year", reservation.year()).param("instrument", reservation.instrument()).update();
    close(reservationId, Status.RELEASED, null);
  }

  public Optional<Budget> find(int year, String instrument) {
    return jdbc.sql("select * from pw_budget where budget_year = :year and instrument = :instrument")
        .param("year", year).param("instrument", instrument)
        .query((rs, row) -> new Budget(rs.getInt("budget_year"), rs.getString("instrument"), rs.getBigDecimal("amount"),
            rs.getBigDecimal("approved_overrun"), rs.getBigDecimal("reserved"), rs.getBigDecimal("spent")))
        .optional();
  }

  /**
   * The reservation a step of case {@code caseId} acts on, checked to be that case's own: its id in
   * the engine is a variable, and a variable write must not make one case settle or release another's.
   *
   * @return {@code reservationId}
   * @throws IllegalStateException naming the ids only, when the reservation is unknown or another case's
   */
  public String reservationOfCase(String caseId, String reservationId) {
    Reservation reservation = findReservation(reservationId)
        .orElseThrow(() -> new IllegalStateException("No reservation " + reservationId + " for case " + caseId));
    if (!reservation.caseId().equals(caseId)) {
      throw new IllegalStateException("Reservation " + reservationId + " does not belong to case " + caseId + "; not acted on");
    }
    return reservationId;
  }

  public Optional<Reservation> findReservation(String reservationId) {
    return jdbc.sql("select * from pw_budget_reservation where reservation_id = :id")
        .param("id", reservationId)
        .query((rs, row) -> new Reservation(rs.getString("reservation_id"), rs.getInt("budget_year"),
            rs.getString("instrument"), rs.getString("case_id"), rs.getBigDecimal("amount"),
            Status.valueOf(rs.getString("status"))))
        .optional();
  }

  private Reservation openReservation(String reservationId) {
    // Lock the reservation row: a settle and a release of one reservation cannot both happen.
    return jdbc.sql("select * from pw_budget_reservation where reservation_id = :id and status = :reserved for update")
        .param("id", reservationId).param("reserved", Status.RESERVED.name())
        .query((rs, row) -> new Reservation(rs.getString("reservation_id"), rs.getInt("budget_year"),
            rs.getString("instrument"), rs.getString("case_id"), rs.getBigDecimal("amount"), Status.RESERVED))
        .optional()
        .orElseThrow(UnknownReservationException::new);
  }

  private String record(String caseId, int year, String instrument, BigDecimal amount, String approvedBy) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    jdbc.sql("""
            insert into pw_budget_reservation (reservation_id, budget_year, instrument, case_id, amount, status,
                                               approved_by, created_at, updated_at)
            values (:id, :year, :instrument, :caseId, :amount, :status, :approvedBy, :now, :now)""")
        .param("id", id).param("year", year).param("instrument", instrument).param("caseId", caseId)
        .param("amount", amount).param("status", Status.RESERVED.name()).param("approvedBy", approvedBy)
        .param("now", now).update();
    return id;
  }

  private void close(String reservationId, Status status, BigDecimal invoiced) {
    jdbc.sql("update pw_budget_reservation set status = :status, invoiced = :invoiced, updated_at = :now where reservation_id = :id")
        .param("status", status.name()).param("invoiced", invoiced)
        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", reservationId).update();
  }

  private static void requirePositive(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("A reservation is a positive amount");
    }
  }
}
