package dev.frontdesk.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Webhooks and deliveries as the API shows them. Secrets appear only in {@link Created} and {@link Rotated}. */
public final class WebhookViews {

  private WebhookViews() {}

  public record WebhookView(
      UUID id, String url, List<String> events, String description, boolean active, Instant createdAt,
      Instant updatedAt) {

    public static WebhookView of(Webhook w) {
      return new WebhookView(
          w.id(), w.url(), w.events().types(), w.description(), w.active(), w.createdAt(), w.updatedAt());
    }
  }

  /** The answer to a registration: the webhook and its secret, which is never shown again. */
  public record Created(
      UUID id, String url, List<String> events, String description, boolean active, Instant createdAt,
      Instant updatedAt, String secret) {

    public static Created of(Webhooks.Created c) {
      Webhook w = c.webhook();
      return new Created(
          w.id(), w.url(), w.events().types(), w.description(), w.active(), w.createdAt(), w.updatedAt(),
          c.secret());
    }
  }

  public record Rotated(UUID id, String secret, Instant previousSecretValidUntil) {

    public static Rotated of(Webhooks.Rotated r) {
      return new Rotated(r.webhook().id(), r.secret(), r.previousSecretValidUntil());
    }
  }

  public record AttemptView(int number, Instant attemptedAt, int durationMs, Integer statusCode, String error) {

    static AttemptView of(Attempt a) {
      return new AttemptView(a.number(), a.attemptedAt(), a.durationMs(), a.statusCode(), a.error());
    }
  }

  public record DeliveryView(
      UUID id, long eventId, String eventType, String status, Instant createdAt, Instant nextAttemptAt,
      Integer lastStatusCode, String lastError, List<AttemptView> attempts) {

    public static DeliveryView of(DeliveryLog.Entry e) {
      Delivery d = e.delivery();
      return new DeliveryView(
          d.id(), d.eventId(), d.eventType(), d.status().id(), d.createdAt(), d.nextAttemptAt(), d.lastStatusCode(),
          d.lastError(), e.attempts().stream().map(AttemptView::of).toList());
    }
  }
}
