package dev.frontdesk.plugins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Where a tenant enabled a plugin: company-wide ({@code accountId} null) or for one CS account, with the
 * settings entered there. Secrets are kept sealed; a suspension (after repeated failures) stays until an admin
 * enables the binding again.
 */
@Entity
@Table(name = "plugin_bindings")
public class PluginBinding {

  /** The scope key of company-wide bindings (see the V7 migration). */
  static final UUID TENANT_SCOPE = new UUID(0, 0);

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "plugin_id", nullable = false, updatable = false, length = 40)
  private String pluginId;

  @Column(name = "account_id", updatable = false)
  private UUID accountId;

  @Column(name = "scope_key", nullable = false, updatable = false)
  private UUID scopeKey;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false, length = 200000)
  private String config;

  @Column(length = 200000)
  private String secrets;

  @Column(name = "suspended_reason", length = 2000)
  private String suspendedReason;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PluginBinding() {}

  PluginBinding(String pluginId, UUID accountId, Instant at) {
    this.id = UUID.randomUUID();
    this.pluginId = pluginId;
    this.accountId = accountId;
    this.scopeKey = accountId == null ? TENANT_SCOPE : accountId;
    this.config = "{}";
    this.createdAt = at;
    this.updatedAt = at;
  }

  void configure(String configJson, String sealedSecrets, Instant at) {
    this.config = configJson;
    this.secrets = sealedSecrets;
    this.updatedAt = at;
  }

  void setEnabled(boolean enabled, Instant at) {
    this.enabled = enabled;
    if (enabled) {
      this.suspendedReason = null;
      this.suspendedAt = null;
    }
    this.updatedAt = at;
  }

  void suspend(String reason, Instant at) {
    this.suspendedReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    this.suspendedAt = at;
    this.updatedAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String pluginId() {
    return pluginId;
  }

  public UUID accountId() {
    return accountId;
  }

  public boolean enabled() {
    return enabled;
  }

  /** Enabled and not suspended: the plugin is called for it. */
  public boolean active() {
    return enabled && suspendedAt == null;
  }

  String configJson() {
    return config;
  }

  String sealedSecrets() {
    return secrets;
  }

  public String suspendedReason() {
    return suspendedReason;
  }

  public Instant suspendedAt() {
    return suspendedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
