package dev.frontdesk.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A company using Frontdesk. The root of everything tenant-owned; itself global. */
@Entity
@Table(name = "tenants")
public class Tenant {

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = 40)
  private String slug;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Signs identified visitors: the host site sends HMAC-SHA256(widgetSecret, userId). */
  @Column(name = "widget_secret", length = 100)
  private String widgetSecret;

  protected Tenant() {}

  public Tenant(String slug, String name, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.slug = slug;
    this.name = name;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String widgetSecret() {
    return widgetSecret;
  }

  public void setWidgetSecret(String widgetSecret) {
    this.widgetSecret = widgetSecret;
  }
}
