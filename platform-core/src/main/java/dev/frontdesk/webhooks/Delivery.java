package dev.frontdesk.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One event on its way to one webhook. Its id is the {@code Frontdesk-Delivery} header, the same on every
 * attempt, so a receiver that sees it twice knows it is a repeat.
 */
@Entity(name = "WebhookDelivery")
@Table(name = "webhook_deliveries")
public class Delivery {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "webhook_id", nullable = false, updatable = false)
  private UUID webhookId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private long eventId;

  @Column(name = "event_type", nullable = false, length = 40, updatable = false)
  private String eventType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "auto_retry", nullable = false)
  private boolean autoRetry;

  @Column(name = "first_attempt_at")
  private Instant firstAttemptAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Delivery() {}

  Delivery(UUID webhookId, long eventId, String eventType, Instant now) {
    this.id = UUID.randomUUID();
    this.webhookId = webhookId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.status = DeliveryStatus.PENDING;
    this.autoRetry = true;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public UUID webhookId() {
    return webhookId;
  }

  public long eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant firstAttemptAt() {
    return firstAttemptAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer lastStatusCode() {
    return lastStatusCode;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  boolean autoRetry() {
    return autoRetry;
  }

  /** The number the next attempt will carry. */
  int nextAttemptNumber() {
    return attempts + 1;
  }

  /** Records an attempt's result and what follows: done, or the next attempt at {@code next}. */
  void attempted(AttemptResult result, Instant at, Outcome outcome) {
    attempts++;
    if (firstAttemptAt == null) {
      firstAttemptAt = at;
    }
    lastAttemptAt = at;
    lastStatusCode = result.statusCode();
    lastError = result.error();
    status = outcome.status();
    nextAttemptAt = outcome.nextAttemptAt();
  }

  /**
   * A manual redelivery: an attempt now, with the same id. A delivery that had finished gets exactly one more
   * attempt; one still retrying just moves its next attempt forward.
   */
  void redeliver(Instant now) {
    if (status != DeliveryStatus.PENDING) {
      autoRetry = false;
      status = DeliveryStatus.PENDING;
    }
    nextAttemptAt = now;
  }

  /** Given up without an attempt (the webhook was switched off or deleted meanwhile). */
  void abandon(String reason) {
    status = DeliveryStatus.FAILED;
    nextAttemptAt = null;
    lastError = reason;
  }
}
