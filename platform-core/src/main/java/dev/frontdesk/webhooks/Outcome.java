package dev.frontdesk.webhooks;

import java.time.Instant;
import java.util.Optional;

/** What follows an attempt: delivered, another attempt at {@code nextAttemptAt}, or failed for good. */
public record Outcome(DeliveryStatus status, Instant nextAttemptAt) {

  /**
   * Decides after an attempt made at {@code now}.
   *
   * @param firstAttemptAt when the delivery's first attempt was made ({@code now} if this was it)
   * @param attemptsMade attempts made so far, this one included
   * @param autoRetry false for a manual redelivery of a finished delivery, which gets this one attempt only
   */
  static Outcome after(
      AttemptResult result, boolean autoRetry, Instant firstAttemptAt, int attemptsMade, Instant now,
      RetrySchedule schedule) {
    if (result.succeeded()) {
      return new Outcome(DeliveryStatus.DELIVERED, null);
    }
    Optional<Instant> next =
        autoRetry ? schedule.nextAttempt(firstAttemptAt, attemptsMade, now) : Optional.empty();
    return next.map(at -> new Outcome(DeliveryStatus.PENDING, at))
        .orElseGet(() -> new Outcome(DeliveryStatus.FAILED, null));
  }
}
