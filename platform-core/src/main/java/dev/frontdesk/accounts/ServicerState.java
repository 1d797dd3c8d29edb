package dev.frontdesk.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A member's reception status, shared by every account they serve. No row means receiving. */
@Entity
@Table(name = "servicer_states")
public class ServicerState {

  @Id
  @Column(name = "member_id")
  private UUID memberId;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ServicerStatus status;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected ServicerState() {}

  ServicerState(UUID memberId, ServicerStatus status, Instant changedAt) {
    this.memberId = memberId;
    this.status = status;
    this.changedAt = changedAt;
  }

  public UUID memberId() {
    return memberId;
  }

  public ServicerStatus status() {
    return status;
  }

  void change(ServicerStatus status, Instant at) {
    this.status = status;
    this.changedAt = at;
  }
}
