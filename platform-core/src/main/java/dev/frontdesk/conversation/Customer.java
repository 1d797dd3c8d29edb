package dev.frontdesk.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Someone the business talks to: anonymous (known by their visitor token) or identified by the host site. */
@Entity
@Table(name = "customers")
public class Customer {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  /** The host site's user id, for identified visitors. */
  @Column(name = "external_id", length = 200)
  private String externalId;

  @Column(length = 120)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  protected Customer() {}

  Customer(String externalId, String name, Instant at) {
    this.id = UUID.randomUUID();
    this.externalId = externalId;
    this.name = name;
    this.createdAt = at;
    this.lastSeenAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String externalId() {
    return externalId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  void seen(Instant at, String name) {
    this.lastSeenAt = at;
    if (name != null && !name.isBlank()) {
      this.name = name.strip();
    }
  }
}
