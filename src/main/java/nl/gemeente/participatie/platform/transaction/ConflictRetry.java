package nl.gemeente.participatie.platform.transaction;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an idempotent call in its own transaction, and runs it again when it lost a race with an
 * identical concurrent call: the same signal or job start sent twice at once both pass the "seen
 * before?" check, one commits, the other hits the unique key (or the engine's optimistic lock) and is
 * rolled back. Run again, it finds what the winner stored and answers as a sequential repeat would:
 * with the first answer. Nothing is stored twice; the database's unique keys decide.
 *
 * <p>Inside a running transaction (a delegate, a caller's own transaction) the call just runs: a
 * retry there would see the same failed transaction. A conflict that persists after
 * {@link #ATTEMPTS} tries is thrown on (the API answers 409).
 */
@Component
public class ConflictRetry {

  private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

  static final int ATTEMPTS = 3;

  private final TransactionTemplate transaction;

  ConflictRetry(PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
  }

  /** @param what a short name of the call for the log, without personal data */
  public <T> T inTransaction(String what, Supplier<T> call) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return call.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> call.get());
      } catch (RuntimeException e) {
        if (!isConflict(e) || attempt == ATTEMPTS) {
          throw e;
        }
        log.info("{}: lost a race with a concurrent identical call ({}); reading what it stored", what,
            e.getClass().getSimpleName());
      }
    }
  }

  /** A unique key taken or a row changed by a concurrent transaction. */
  public static boolean isConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DuplicateKeyException || cause instanceof ConcurrencyFailureException
          || cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
