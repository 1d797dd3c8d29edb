package dev.frontdesk.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One row of the event log. {@code feedSeq} is given later, in commit order, by the feed relay. */
@Entity
@Table(name = "events")
public class LoggedEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, length = 40, updatable = false)
  private String type;

  @Column(name = "session_id", updatable = false)
  private UUID sessionId;

  @Column(nullable = false, length = 30000, updatable = false)
  private String payload;

  @Column(name = "feed_seq")
  private Long feedSeq;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected LoggedEvent() {}

  LoggedEvent(String type, UUID sessionId, String payload, Instant createdAt) {
    this.type = type;
    this.sessionId = sessionId;
    this.payload = payload;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String type() {
    return type;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public String payload() {
    return payload;
  }

  public Long feedSeq() {
    return feedSeq;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
