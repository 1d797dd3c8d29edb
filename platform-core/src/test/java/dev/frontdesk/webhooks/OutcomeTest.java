package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  private static final Instant FIRST = Instant.parse("2024-05-01T12:00:00Z");
  private static final RetrySchedule SCHEDULE = new RetrySchedule(new SplittableRandom(1), Duration.ofSeconds(10));
  private static final AttemptResult OK = AttemptResult.answered(204, Duration.ofMillis(30));
  private static final AttemptResult ERROR = AttemptResult.answered(500, Duration.ofMillis(30));
  private static final AttemptResult TIMEOUT = AttemptResult.failed("no answer", Duration.ofSeconds(20));

  @Test
  void anyTwoHundredIsDelivered() {
    Outcome outcome = Outcome.after(OK, true, FIRST, 3, FIRST, SCHEDULE);
    assertEquals(DeliveryStatus.DELIVERED, outcome.status());
    assertNull(outcome.nextAttemptAt());
    assertTrue(AttemptResult.answered(299, Duration.ZERO).succeeded());
    assertFalse(AttemptResult.answered(302, Duration.ZERO).succeeded(), "redirects are not followed");
    assertEquals("HTTP 302", AttemptResult.answered(302, Duration.ZERO).error());
  }

  @Test
  void failuresRetryWithBackoffWithinTheDay() {
    Outcome second = Outcome.after(ERROR, true, FIRST, 1, FIRST, SCHEDULE);
    assertEquals(DeliveryStatus.PENDING, second.status());
    long delay = Duration.between(FIRST, second.nextAttemptAt()).toMillis();
    assertTrue(delay >= 8_000 && delay <= 12_000, "about 10 s: " + delay);
    Outcome later = Outcome.after(TIMEOUT, true, FIRST, 2, FIRST.plusSeconds(10), SCHEDULE);
    long laterDelay = Duration.between(FIRST.plusSeconds(10), later.nextAttemptAt()).toMillis();
    assertTrue(laterDelay >= 24_000 && laterDelay <= 36_000, "about 30 s: " + laterDelay);
  }

  @Test
  void givesUpAfterTwentyFourHours() {
    Instant late = FIRST.plus(Duration.ofHours(23).plusMinutes(50));
    Outcome outcome = Outcome.after(ERROR, true, FIRST, 30, late, SCHEDULE);
    assertEquals(DeliveryStatus.FAILED, outcome.status());
    assertNull(outcome.nextAttemptAt());
  }

  @Test
  void aManualRedeliveryOfAFinishedDeliveryIsOneAttempt() {
    Instant soon = FIRST.plusSeconds(5);
    assertEquals(DeliveryStatus.FAILED, Outcome.after(ERROR, false, FIRST, 31, soon, SCHEDULE).status());
    assertEquals(DeliveryStatus.DELIVERED, Outcome.after(OK, false, FIRST, 31, soon, SCHEDULE).status());
  }

  @Test
  void errorsAreKeptShort() {
    AttemptResult long_ = AttemptResult.failed("x".repeat(2000), Duration.ZERO);
    assertEquals(AttemptResult.MAX_ERROR_LENGTH, long_.error().length());
    assertEquals("failed", AttemptResult.failed(" ", Duration.ZERO).error());
    assertNull(OK.error());
  }
}
