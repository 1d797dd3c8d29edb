package dev.frontdesk.billing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Calendar periods of a subscription in UTC. Boundary n is always computed from the anchor itself
 * ({@code anchor + n × cycle months}), never from the previous boundary: that is what keeps the anchor day when a
 * short month clamps it (Jan 31 → Feb 28/29 → Mar 31, not Mar 28), and a Feb 29 yearly anchor comes back on leap years.
 */
public final class Periods {

  private Periods() {
  }

  /** The n-th boundary (n = 0 is the anchor); the time of day of the anchor is kept. */
  public static Instant boundary(Instant anchor, BillingCycle cycle, long n) {
    return utc(anchor).plusMonths(Math.multiplyExact(n, (long) cycle.months())).toInstant();
  }

  /** The period n ({@code [boundary n, boundary n+1)}). */
  public static Period period(Instant anchor, BillingCycle cycle, long n) {
    return new Period(boundary(anchor, cycle, n), boundary(anchor, cycle, n + 1));
  }

  /** The period that contains {@code at}; {@code at} must not be before the anchor, where the subscription began. */
  public static Period containing(Instant anchor, BillingCycle cycle, Instant at) {
    return period(anchor, cycle, index(anchor, cycle, at));
  }

  /** The period that follows {@code current}, which must be one of this anchor's periods. */
  public static Period next(Instant anchor, BillingCycle cycle, Period current) {
    long n = index(anchor, cycle, current.start());
    if (!boundary(anchor, cycle, n).equals(current.start())) {
      throw new IllegalArgumentException(current + " is not a period of anchor " + anchor + " " + cycle);
    }
    return period(anchor, cycle, n + 1);
  }

  /** Length in seconds of the period that contains {@code at} (28 to 31 days, or 365/366). */
  public static long lengthSeconds(Instant anchor, BillingCycle cycle, Instant at) {
    return containing(anchor, cycle, at).seconds();
  }

  /**
   * The index of the period holding {@code at}. Whole months between the two is a close guess, but clamping can
   * put a boundary a few days before the anchor day, so the guess is corrected against the real boundaries.
   */
  static long index(Instant anchor, BillingCycle cycle, Instant at) {
    if (at.isBefore(anchor)) {
      throw new IllegalArgumentException(at + " is before the anchor " + anchor);
    }
    long n = ChronoUnit.MONTHS.between(utc(anchor), utc(at)) / cycle.months();
    while (!boundary(anchor, cycle, n + 1).isAfter(at)) {
      n++;
    }
    while (boundary(anchor, cycle, n).isAfter(at)) {
      n--;
    }
    return n;
  }

  private static ZonedDateTime utc(Instant instant) {
    return instant.atZone(ZoneOffset.UTC);
  }
}
