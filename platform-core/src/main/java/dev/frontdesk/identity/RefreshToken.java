package dev.frontdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A refresh token of the built-in issuer, stored as a hash; revoked on sign-out and on rotation. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

  @Id private UUID id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "subject_id", nullable = false)
  private UUID subjectId;

  /** Null for the platform admin. */
  @Column(name = "tenant_id")
  private UUID tenantId;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RefreshToken() {}

  RefreshToken(String tokenHash, UUID subjectId, UUID tenantId, Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.tokenHash = tokenHash;
    this.subjectId = subjectId;
    this.tenantId = tenantId;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean isUsableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  UUID subjectId() {
    return subjectId;
  }

  UUID tenantId() {
    return tenantId;
  }
}
