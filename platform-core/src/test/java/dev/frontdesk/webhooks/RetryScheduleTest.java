package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final Instant FIRST = Instant.parse("2024-05-01T12:00:00Z");

  /** The delays of a whole run where every attempt fails instantly, until the schedule gives up. */
  private static List<Duration> run(long seed) {
    RetrySchedule schedule = new RetrySchedule(new SplittableRandom(seed));
    List<Duration> delays = new ArrayList<>();
    Instant now = FIRST;
    for (int made = 1; ; made++) {
      Optional<Instant> next = schedule.nextAttempt(FIRST, made, now);
      if (next.isEmpty()) {
        return delays;
      }
      delays.add(Duration.between(now, next.get()));
      now = next.get();
    }
  }

  @Test
  void firstAttemptIsImmediate() {
    RetrySchedule schedule = new RetrySchedule(new SplittableRandom(1));
    assertEquals(Optional.of(FIRST), schedule.nextAttempt(FIRST, 0, FIRST));
    assertThrows(IllegalArgumentException.class, () -> schedule.nextAttempt(FIRST, -1, FIRST));
  }

  @Test
  void nominalDelaysTripleUpToAnHour() {
    long[] seconds = {10, 30, 90, 270, 810, 2430, 3600, 3600};
    for (int i = 0; i < seconds.length; i++) {
      assertEquals(
          Duration.ofSeconds(seconds[i]), RetrySchedule.nominalDelay(RetrySchedule.DEFAULT_FIRST_DELAY, i + 1));
    }
    assertEquals(Duration.ofHours(1), RetrySchedule.nominalDelay(RetrySchedule.DEFAULT_FIRST_DELAY, Integer.MAX_VALUE));
  }

  @Test
  void aShorterFirstDelayScalesTheStepsButNotTheCapOrTheDay() {
    Duration first = Duration.ofMillis(500);
    assertEquals(Duration.ofMillis(500), RetrySchedule.nominalDelay(first, 1));
    assertEquals(Duration.ofMillis(1500), RetrySchedule.nominalDelay(first, 2));
    assertEquals(Duration.ofHours(1), RetrySchedule.nominalDelay(first, 40));
    RetrySchedule schedule = new RetrySchedule(new SplittableRandom(5), first);
    long delay = Duration.between(FIRST, schedule.nextAttempt(FIRST, 1, FIRST).orElseThrow()).toMillis();
    assertTrue(delay >= 400 && delay <= 600, "delay " + delay);
    assertEquals(Optional.empty(), schedule.nextAttempt(FIRST, 40, FIRST.plus(Duration.ofHours(23).plusMinutes(30))));
    assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(new SplittableRandom(1), Duration.ZERO));
  }

  @Test
  void delaysGrowUntilTheCap() {
    List<Duration> delays = run(7);
    for (int i = 1; i < 6; i++) {
      assertTrue(delays.get(i).compareTo(delays.get(i - 1)) > 0, delays.toString());
    }
  }

  @Test
  void jitterStaysWithinTwentyPercent() {
    RetrySchedule schedule = new RetrySchedule(new SplittableRandom(42));
    for (int made = 1; made <= 10; made++) {
      long nominal = RetrySchedule.nominalDelay(RetrySchedule.DEFAULT_FIRST_DELAY, made).toMillis();
      Set<Long> seen = new HashSet<>();
      for (int i = 0; i < 500; i++) {
        long delay = Duration.between(FIRST, schedule.nextAttempt(FIRST, made, FIRST).orElseThrow()).toMillis();
        assertTrue(delay >= nominal * 0.8 && delay <= nominal * 1.2, made + ": " + delay);
        seen.add(delay);
      }
      assertTrue(seen.size() > 10, "delays actually vary");
    }
  }

  @Test
  void givesUpAfterTwentyFourHours() {
    for (long seed = 0; seed < 20; seed++) {
      List<Duration> delays = run(seed);
      Duration total = delays.stream().reduce(Duration.ZERO, Duration::plus);
      assertFalse(total.compareTo(Duration.ofHours(24)) > 0, "last attempt within the day");
      // ~1 h of growing delays, then about an hour each for the remaining ~23 h.
      assertTrue(delays.size() >= 24 && delays.size() <= 35, "attempts: " + (delays.size() + 1));
    }
    RetrySchedule schedule = new RetrySchedule(new SplittableRandom(3));
    // An hour's delay, even at -20%, from 23:30 lands after 24:00.
    assertEquals(Optional.empty(), schedule.nextAttempt(FIRST, 25, FIRST.plus(Duration.ofMinutes(23 * 60 + 30))));
    assertTrue(schedule.nextAttempt(FIRST, 25, FIRST.plus(Duration.ofHours(22))).isPresent());
  }

  @Test
  void seededRandomMakesItDeterministic() {
    assertEquals(run(99), run(99));
    assertNotEquals(run(99), run(100));
  }
}
