package dev.frontdesk.plugins;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plugin jar installed on the platform: the one version every instance of the cluster runs. */
@Entity
@Table(name = "platform_plugins")
public class InstalledPlugin {

  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false, length = 60)
  private String version;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false, length = 1000)
  private String signer;

  @Column(nullable = false, length = 300000)
  private String descriptor;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] jar;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private boolean bundled;

  @Column(name = "installed_at", nullable = false, updatable = false)
  private Instant installedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected InstalledPlugin() {}

  InstalledPlugin(PluginArchive archive, boolean bundled, Instant at) {
    this.id = archive.descriptor().id();
    this.installedAt = at;
    this.enabled = true;
    replaceWith(archive, bundled, at);
  }

  void replaceWith(PluginArchive archive, boolean bundled, Instant at) {
    this.version = archive.descriptor().version();
    this.sha256 = archive.sha256();
    this.signer = archive.signer();
    this.descriptor = archive.descriptor().json();
    this.jar = archive.bytes();
    this.bundled = bundled;
    this.updatedAt = at;
  }

  void setEnabled(boolean enabled, Instant at) {
    this.enabled = enabled;
    this.updatedAt = at;
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String sha256() {
    return sha256;
  }

  public String signer() {
    return signer;
  }

  public String descriptorJson() {
    return descriptor;
  }

  byte[] jar() {
    return jar;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean bundled() {
    return bundled;
  }

  public Instant installedAt() {
    return installedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
