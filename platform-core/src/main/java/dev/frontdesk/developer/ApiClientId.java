package dev.frontdesk.developer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The global index from an API client id to its tenant and credential. Not tenant-filtered on purpose: the token
 * endpoint reads it before any tenant is known, and it holds nothing but the mapping.
 */
@Entity
@Table(name = "api_client_ids")
public class ApiClientId {

  @Id
  @Column(name = "client_id", length = 100)
  private String clientId;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(name = "credential_id", nullable = false)
  private UUID credentialId;

  protected ApiClientId() {}

  ApiClientId(String clientId, UUID tenantId, UUID credentialId) {
    this.clientId = clientId;
    this.tenantId = tenantId;
    this.credentialId = credentialId;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public UUID credentialId() {
    return credentialId;
  }
}
