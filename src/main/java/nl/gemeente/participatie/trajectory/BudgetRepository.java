package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import nl.gemeente.participatie.trajectory.BudgetLedger.Budget;
import nl.gemeente.participatie.trajectory.BudgetLedger.Reservation;
import nl.gemeente.participatie.trajectory.BudgetLedger.Status;

/**
 * Tables {@code pw_budget} and {@code pw_budget_reservation}. The safety of a reservation lives in
 * {@link #reserveIfAvailable}: one conditional update on the budget row, which the database serialises.
 */
public interface BudgetRepository {

  /** Sets the amount of a year's budget for an instrument, creating the budget when there is none. */
  void setAmount(int year, String instrument, BigDecimal amount);

  /** Adds {@code amount} to what is reserved, only if that much is available; false (nothing changed) otherwise. */
  boolean reserveIfAvailable(int year, String instrument, BigDecimal amount);

  /** Adds an approved overrun and reserves {@code amount}, in one update. */
  void reserveWithOverrun(int year, String instrument, BigDecimal overrun, BigDecimal amount);

  /** Moves {@code reserved} out of what is reserved and {@code spent} into what is spent. */
  void unreserve(int year, String instrument, BigDecimal reserved, BigDecimal spent);

  Optional<Budget> find(int year, String instrument);

  void insertReservation(Reservation reservation, String approvedBy, Instant at);

  Optional<Reservation> findReservation(String reservationId);

  /** The reservation, still {@code RESERVED}, locked until the transaction ends; empty when it is not open. */
  Optional<Reservation> lockOpenReservation(String reservationId);

  void closeReservation(String reservationId, Status status, BigDecimal invoiced, Instant at);
}
