package dev.frontdesk.billing;

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
 * One metered fact, counted once: the table's primary key is (company, event id), so a second delivery of the
 * same event fails to insert. Hibernate sees only the event id as identifier, as every query is one company's.
 */
@Entity
@Table(name = "usage_events")
public class UsageEvent {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Id
  @Column(name = "event_id", nullable = false, updatable = false, length = 120)
  private String eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private UsageKind kind;

  @Column(nullable = false, updatable = false)
  private long quantity;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected UsageEvent() {}

  UsageEvent(String eventId, UsageKind kind, long quantity, Instant occurredAt) {
    this.eventId = eventId;
    this.kind = kind;
    this.quantity = quantity;
    this.occurredAt = occurredAt;
  }
}
