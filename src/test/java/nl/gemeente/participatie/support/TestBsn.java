package nl.gemeente.participatie.support;

import java.util.concurrent.atomic.AtomicInteger;
import nl.gemeente.participatie.zaak.Bsn;

/** Fresh valid BSNs for tests, so tests sharing a database never meet each other's cases. */
public final class TestBsn {

  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};
  private static final AtomicInteger NEXT = new AtomicInteger(
      10_000_000 + (int) (System.nanoTime() % 80_000_000L + 80_000_000L) % 80_000_000);

  private TestBsn() {}

  public static String next() {
    while (true) {
      String first8 = String.format("%08d", NEXT.getAndIncrement() % 100_000_000);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (first8.charAt(i) - '0') * WEIGHTS[i];
      }
      int last = sum % 11;
      if (last < 10) {
        String candidate = first8 + last;
        if (Bsn.passesElevenTest(candidate)) {
          return candidate;
        }
      }
    }
  }
}
