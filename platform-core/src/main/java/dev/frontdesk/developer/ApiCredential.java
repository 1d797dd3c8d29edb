package dev.frontdesk.developer;

import dev.frontdesk.identity.ApiScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/** A tenant back-end's API credential: an OAuth 2.0 client with scopes. Revoked credentials stay, for the record. */
@Entity
@DynamicUpdate // "last used" is written while someone may revoke: never write back a stale revoked_at
@Table(name = "api_credentials")
public class ApiCredential {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "client_id", nullable = false, length = 100, updatable = false)
  private String clientId;

  /** Null when Keycloak keeps the secret. */
  @Column(name = "secret_hash", length = 64, updatable = false)
  private String secretHash;

  @Column(nullable = false, length = 300, updatable = false)
  private String scopes;

  @Column(name = "created_by", updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiCredential() {}

  ApiCredential(
      UUID id, String name, String clientId, String secretHash, Set<ApiScope> scopes, UUID createdBy, Instant now) {
    this.id = id;
    this.name = name;
    this.clientId = clientId;
    this.secretHash = secretHash;
    this.scopes = ApiScope.toClaim(scopes);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String clientId() {
    return clientId;
  }

  String secretHash() {
    return secretHash;
  }

  public Set<ApiScope> scopes() {
    return ApiScope.parseClaim(scopes);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }
}
