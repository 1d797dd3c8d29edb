package dev.frontdesk.plugins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The platform admin's settings for one plugin (what {@code PluginContext#platformConfig()} returns) and, for a
 * payment provider, whether companies may pay with it. Secrets are kept sealed, as in bindings.
 */
@Entity
@Table(name = "platform_plugin_settings")
public class PlatformSettings {

  @Id
  @Column(name = "plugin_id", length = 40)
  private String pluginId;

  @Column(name = "payments_enabled", nullable = false)
  private boolean paymentsEnabled;

  @Column(nullable = false, length = 200000)
  private String config;

  @Column(length = 200000)
  private String secrets;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PlatformSettings() {}

  PlatformSettings(String pluginId, Instant at) {
    this.pluginId = pluginId;
    this.config = "{}";
    this.updatedAt = at;
  }

  void configure(String configJson, String sealedSecrets, Instant at) {
    this.config = configJson;
    this.secrets = sealedSecrets;
    this.updatedAt = at;
  }

  void setPaymentsEnabled(boolean enabled, Instant at) {
    this.paymentsEnabled = enabled;
    this.updatedAt = at;
  }

  public String pluginId() {
    return pluginId;
  }

  public boolean paymentsEnabled() {
    return paymentsEnabled;
  }

  String configJson() {
    return config;
  }

  String sealedSecrets() {
    return secrets;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
