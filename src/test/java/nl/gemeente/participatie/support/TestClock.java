package nl.gemeente.participatie.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The service's clock in tests: real time, plus an offset a test can move forward to show what
 * happens days later (a suspended Awb term, say). Tests that move it reset it afterwards.
 */
public final class TestClock extends Clock {

  public static final TestClock INSTANCE = new TestClock();

  private volatile Duration offset = Duration.ZERO;

  private TestClock() {}

  public void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ServiceClient.AMSTERDAM;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The service's clock runs on Dutch time");
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
