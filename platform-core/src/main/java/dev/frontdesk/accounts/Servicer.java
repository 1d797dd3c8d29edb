package dev.frontdesk.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One servicer assignment of an account: a member, or a department (all its members, now and later). */
@Entity
@Table(name = "servicers")
public class Servicer {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "member_id")
  private UUID memberId;

  @Column(name = "department_id")
  private UUID departmentId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Servicer() {}

  static Servicer member(UUID accountId, UUID memberId, Instant at) {
    Servicer s = new Servicer(accountId, at);
    s.memberId = memberId;
    return s;
  }

  static Servicer department(UUID accountId, UUID departmentId, Instant at) {
    Servicer s = new Servicer(accountId, at);
    s.departmentId = departmentId;
    return s;
  }

  private Servicer(UUID accountId, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.createdAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public UUID memberId() {
    return memberId;
  }

  public UUID departmentId() {
    return departmentId;
  }
}
