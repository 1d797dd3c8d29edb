package dev.frontdesk.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery waiting for its next attempt, in the global queue the dispatcher claims from. Not tenant-filtered on
 * purpose: it is read before any tenant is known, and holds only ids and times.
 */
@Entity
@Table(name = "webhook_queue")
public class QueuedDelivery {

  @Id
  @Column(name = "delivery_id")
  private UUID deliveryId;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "leased_until")
  private Instant leasedUntil;

  @Column(nullable = false)
  private int claims;

  protected QueuedDelivery() {}

  QueuedDelivery(UUID deliveryId, UUID tenantId, Instant dueAt) {
    this.deliveryId = deliveryId;
    this.tenantId = tenantId;
    this.dueAt = dueAt;
  }

  int claims() {
    return claims;
  }

  /** Due again at {@code at}, and free for any instance to claim then: its attempt has finished. */
  void dueAgain(Instant at) {
    this.dueAt = at;
    this.leasedUntil = null;
  }

  /**
   * Due at {@code at}, but an attempt under way keeps its lease: no second instance starts on it, and when that
   * attempt finishes, its result decides what comes next.
   */
  void moveUp(Instant at) {
    this.dueAt = at;
  }
}
