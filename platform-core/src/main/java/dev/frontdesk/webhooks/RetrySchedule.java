package dev.frontdesk.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to retry a failed delivery: the first attempt at once, then after about 10 s, 30 s, 90 s and so on (×3 a
 * step, from a configurable first delay), each nominal delay capped at an hour, until the next attempt would fall
 * more than 24 hours after the first. That gives a receiver a day to recover from an outage (roughly 30 attempts).
 * Each delay is jittered by ±20% so deliveries that failed together do not all come back at the same moment.
 */
public final class RetrySchedule {

  static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(10);
  static final int FACTOR = 3;
  static final Duration MAX_DELAY = Duration.ofHours(1);
  static final double JITTER = 0.2;
  static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

  private final RandomGenerator random;
  private final Duration firstDelay;

  public RetrySchedule(RandomGenerator random) {
    this(random, DEFAULT_FIRST_DELAY);
  }

  /** @param firstDelay the delay after the first failure; tests shorten it */
  public RetrySchedule(RandomGenerator random, Duration firstDelay) {
    if (firstDelay.isNegative() || firstDelay.isZero()) {
      throw new IllegalArgumentException("the first retry delay must be positive: " + firstDelay);
    }
    this.random = random;
    this.firstDelay = firstDelay;
  }

  /**
   * When to make the next attempt, or empty to give up.
   *
   * @param firstAttemptAt when attempt 1 was (or is) made; the 24-hour window counts from here
   * @param attemptsMade how many attempts have failed so far; 0 means none yet, so the answer is {@code now}
   * @param now when the last attempt failed; delays count from here, not from when it was scheduled
   */
  public Optional<Instant> nextAttempt(Instant firstAttemptAt, int attemptsMade, Instant now) {
    if (attemptsMade < 0) {
      throw new IllegalArgumentException("attemptsMade must not be negative: " + attemptsMade);
    }
    if (attemptsMade == 0) {
      return Optional.of(now);
    }
    double factor = 1 + random.nextDouble(-JITTER, JITTER);
    long millis = Math.round(nominalDelay(firstDelay, attemptsMade).toMillis() * factor);
    Instant next = now.plusMillis(millis);
    return next.isAfter(firstAttemptAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
  }

  /** The un-jittered delay after the given number of failed attempts (at least 1). */
  static Duration nominalDelay(Duration firstDelay, int attemptsMade) {
    Duration delay = firstDelay;
    // Stops at the cap, so a huge attempt count cannot overflow or loop for long.
    for (int i = 1; i < attemptsMade && delay.compareTo(MAX_DELAY) < 0; i++) {
      delay = delay.multipliedBy(FACTOR);
    }
    return delay.compareTo(MAX_DELAY) < 0 ? delay : MAX_DELAY;
  }
}
