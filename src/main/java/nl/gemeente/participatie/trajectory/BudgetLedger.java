package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget for bought services, per year and instrument: reserve when assigning, settle on the
 * invoice, release on end or cancel. A reservation is one conditional UPDATE on the budget row
 * ({@link BudgetRepository#reserveIfAvailable}): the database serialises concurrent reservations on
 * that row and re-checks the condition, so when two caseworkers reserve the last money at the same
 * moment exactly one succeeds. A check constraint on the table refuses any overdraft a team lead did
 * not approve.
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

  private final BudgetRepository budgets;
  private final Clock clock;

  public BudgetLedger(BudgetRepository budgets, Clock clock) {
    this.budgets = budgets;
    this.clock = clock;
  }

  /** Sets (or raises, or lowers) the budget of a year and instrument; refused below what is already committed. */
  @Transactional
  public void setBudget(int year, String instrument, BigDecimal amount) {
    budgets.setAmount(year, instrument, amount);
  }

  /** Reserves the amount for a case if the budget allows it; never partly. */
  @Transactional
  public Outcome reserve(String caseId, int year, String instrument, BigDecimal amount) {
    requirePositive(amount);
    if (!budgets.reserveIfAvailable(year, instrument, amount)) {
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
    BigDecimal shortfall = shortfall(budget, amount);
    budgets.reserveWithOverrun(year, instrument, shortfall, amount);
    String id = record(caseId, year, instrument, amount, approvedBy);
    log.info("Case {}: reserved {} on {} {} with an approved overrun of {}", caseId, amount, instrument, year, shortfall);
    return new Reserved(id);
  }

  /**
   * The overrun a team lead approves for a reservation (municipal purchasing policy: a budget is
   * exceeded only by a team lead's motivated decision, and then by exactly what is missing): the part
   * of {@code amount} the budget does not have available, never negative.
   */
  public static BigDecimal shortfall(Budget budget, BigDecimal amount) {
    return amount.subtract(budget.available()).max(BigDecimal.ZERO);
  }

  /** The team lead's choice in "Budget ontoereikend: beslissen". */
  public enum ShortfallChoice { APPROVE_OVERRUN, WAITING_LIST }

  /**
   * The team lead decides on a reservation the budget cannot carry (municipal purchasing policy: a
   * budget is exceeded only by a team lead, with a motivation): an approved overrun reserves the
   * amount, extending the budget by the shortfall; the waiting list reserves nothing.
   *
   * @return the reservation, or empty for the waiting list
   * @throws IllegalArgumentException with a Dutch message for the form when there is no choice, or an
   *     overrun without a motivation
   */
  @Transactional
  public Optional<Reserved> decideShortfall(String caseId, int year, String instrument, BigDecimal amount, String choice,
      String reason, String teamLead) {
    if (!ShortfallChoice.APPROVE_OVERRUN.name().equals(choice) && !ShortfallChoice.WAITING_LIST.name().equals(choice)) {
      throw new IllegalArgumentException("Kies: overschrijding goedkeuren of wachtlijst.");
    }
    if (ShortfallChoice.WAITING_LIST.name().equals(choice)) {
      return Optional.empty();
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Motiveer de overschrijding van het budget.");
    }
    return Optional.of(reserveWithApprovedOverrun(caseId, year, instrument, amount, teamLead));
  }

  /**
   * What a purchase reserves: the highest price ceiling among the candidate partners, so that any of
   * them can be assigned without a second reservation; nothing when there is no candidate.
   */
  public static Optional<BigDecimal> amountToReserve(java.util.List<ProviderSelection.Candidate> candidates) {
    return candidates.stream().map(ProviderSelection.Candidate::priceCeiling).max(BigDecimal::compareTo);
  }

  /** The invoice settles the reservation: the invoiced amount is spent, the reservation no longer held. */
  @Transactional
  public void settle(String reservationId, BigDecimal invoiced) {
    Reservation reservation = openReservation(reservationId);
    budgets.unreserve(reservation.year(), reservation.instrument(), reservation.amount(), invoiced);
    budgets.closeReservation(reservationId, Status.SETTLED, invoiced, clock.instant());
  }

  /** The assignment ended without invoice, or was cancelled: the money is free again. */
  @Transactional
  public void release(String reservationId) {
    Reservation reservation = openReservation(reservationId);
    budgets.unreserve(reservation.year(), reservation.instrument(), reservation.amount(), BigDecimal.ZERO);
    budgets.closeReservation(reservationId, Status.RELEASED, null, clock.instant());
  }

  public Optional<Budget> find(int year, String instrument) {
    return budgets.find(year, instrument);
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
    return budgets.findReservation(reservationId);
  }

  private Reservation openReservation(String reservationId) {
    // Locks the reservation row: a settle and a release of one reservation cannot both happen.
    return budgets.lockOpenReservation(reservationId).orElseThrow(UnknownReservationException::new);
  }

  private String record(String caseId, int year, String instrument, BigDecimal amount, String approvedBy) {
    String id = UUID.randomUUID().toString();
    budgets.insertReservation(new Reservation(id, year, instrument, caseId, amount, Status.RESERVED), approvedBy,
        clock.instant());
    return id;
  }

  private static void requirePositive(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("A reservation is a positive amount");
    }
  }
}
