package nl.gemeente.participatie.trajectory.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gemeente.participatie.trajectory.BudgetLedger.Budget;
import nl.gemeente.participatie.trajectory.BudgetLedger.Reservation;
import nl.gemeente.participatie.trajectory.BudgetLedger.Status;
import nl.gemeente.participatie.trajectory.BudgetRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code pw_budget} and {@code pw_budget_reservation}, on plain JDBC. */
@Repository
class JdbcBudgetRepository implements BudgetRepository {

  private final JdbcClient jdbc;

  JdbcBudgetRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public void setAmount(int year, String instrument, BigDecimal amount) {
    int updated = jdbc.sql("update pw_budget set amount = :amount where budget_year = :year and instrument = :instrument")
        .param("amount", amount).param("year", year).param("instrument", instrument).update();
    if (updated == 0) {
      jdbc.sql("insert into pw_budget (budget_year, instrument, amount) values (:year, :instrument, :amount)")
          .param("year", year).param("instrument", instrument).param("amount", amount).update();
    }
  }

  @Override
  public boolean reserveIfAvailable(int year, String instrument, BigDecimal amount) {
    return jdbc.sql("""
            update pw_budget set reserved = reserved + :amount
            where budget_year = :year and instrument = :instrument
              and amount + approved_overrun - reserved - spent >= :amount""")
        .param("amount", amount).param("year", year).param("instrument", instrument).update() == 1;
  }

  @Override
  public void reserveWithOverrun(int year, String instrument, BigDecimal overrun, BigDecimal amount) {
    jdbc.sql("""
            update pw_budget set approved_overrun = approved_overrun + :shortfall, reserved = reserved + :amount
            where budget_year = :year and instrument = :instrument""")
        .param("shortfall", overrun).param("amount", amount).param("year", year).param("instrument", instrument)
        .update();
  }

  @Override
  public void unreserve(int year, String instrument, BigDecimal reserved, BigDecimal spent) {
    jdbc.sql("""
            update pw_budget set reserved = reserved - :reserved, spent = spent + :spent
            where budget_year = :year and instrument = :instrument""")
        .param("reserved", reserved).param("spent", spent).param("year", year).param("instrument", instrument).update();
  }

  @Override
  public Optional<Budget> find(int year, String instrument) {
    return jdbc.sql("select * from pw_budget where budget_year = :year and instrument = :instrument")
        .param("year", year).param("instrument", instrument)
        .query((rs, row) -> new Budget(rs.getInt("budget_year"), rs.getString("instrument"), rs.getBigDecimal("amount"),
            rs.getBigDecimal("approved_overrun"), rs.getBigDecimal("reserved"), rs.getBigDecimal("spent")))
        .optional();
  }

  @Override
  public void insertReservation(Reservation reservation, String approvedBy, Instant at) {
    OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    jdbc.sql("""
            insert into pw_budget_reservation (reservation_id, budget_year, instrument, case_id, amount, status,
                                               approved_by, created_at, updated_at)
            values (:id, :year, :instrument, :caseId, :amount, :status, :approvedBy, :now, :now)""")
        .param("id", reservation.reservationId()).param("year", reservation.year())
        .param("instrument", reservation.instrument()).param("caseId", reservation.caseId())
        .param("amount", reservation.amount()).param("status", reservation.status().name())
        .param("approvedBy", approvedBy).param("now", now).update();
  }

  @Override
  public Optional<Reservation> findReservation(String reservationId) {
    return jdbc.sql("select * from pw_budget_reservation where reservation_id = :id")
        .param("id", reservationId)
        .query(JdbcBudgetRepository::toReservation)
        .optional();
  }

  @Override
  public Optional<Reservation> lockOpenReservation(String reservationId) {
    return jdbc.sql("select * from pw_budget_reservation where reservation_id = :id and status = :reserved for update")
        .param("id", reservationId).param("reserved", Status.RESERVED.name())
        .query(JdbcBudgetRepository::toReservation)
        .optional();
  }

  @Override
  public void closeReservation(String reservationId, Status status, BigDecimal invoiced, Instant at) {
    jdbc.sql("update pw_budget_reservation set status = :status, invoiced = :invoiced, updated_at = :now where reservation_id = :id")
        .param("status", status.name()).param("invoiced", invoiced)
        .param("now", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", reservationId).update();
  }

  private static Reservation toReservation(ResultSet rs, int row) throws SQLException {
    return new Reservation(rs.getString("reservation_id"), rs.getInt("budget_year"), rs.getString("instrument"),
        rs.getString("case_id"), rs.getBigDecimal("amount"), Status.valueOf(rs.getString("status")));
  }
}
