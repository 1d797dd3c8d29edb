package dev.frontdesk.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One try at a delivery, for the delivery log: when, how long, and what the receiver answered. */
@Entity(name = "WebhookAttempt")
@Table(name = "webhook_attempts")
public class Attempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "delivery_id", nullable = false, updatable = false)
  private UUID deliveryId;

  @Column(name = "attempt_no", nullable = false, updatable = false)
  private int number;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private Instant attemptedAt;

  @Column(name = "duration_ms", nullable = false, updatable = false)
  private int durationMs;

  @Column(name = "status_code", updatable = false)
  private Integer statusCode;

  @Column(length = 500, updatable = false)
  private String error;

  protected Attempt() {}

  Attempt(UUID deliveryId, int number, Instant attemptedAt, AttemptResult result) {
    this.deliveryId = deliveryId;
    this.number = number;
    this.attemptedAt = attemptedAt;
    this.durationMs = (int) Math.min(Integer.MAX_VALUE, result.duration().toMillis());
    this.statusCode = result.statusCode();
    this.error = result.error();
  }

  public UUID deliveryId() {
    return deliveryId;
  }

  public int number() {
    return number;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public int durationMs() {
    return durationMs;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public String error() {
    return error;
  }
}
