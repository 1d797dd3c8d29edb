package dev.frontdesk.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A link that lets an invited member choose their password. Stored as a hash and found by it before any tenant
 * is known, so the table is global; the row names its tenant.
 */
@Entity
@Table(name = "invitations")
public class Invitation {

  @Id private UUID id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(name = "member_id", nullable = false)
  private UUID memberId;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected Invitation() {}

  Invitation(String tokenHash, UUID tenantId, UUID memberId, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.tokenHash = tokenHash;
    this.tenantId = tenantId;
    this.memberId = memberId;
    this.expiresAt = expiresAt;
  }

  boolean isOpenAt(Instant now) {
    return acceptedAt == null && now.isBefore(expiresAt);
  }

  void accept(Instant now) {
    acceptedAt = now;
  }

  UUID tenantId() {
    return tenantId;
  }

  UUID memberId() {
    return memberId;
  }
}
