package dev.frontdesk.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A way in to one CS account. */
@Entity
@Table(name = "entry_points")
public class EntryPoint {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "entry_key", nullable = false, length = 40, updatable = false)
  private String key;

  @Column(nullable = false, length = 64)
  private String scene;

  @Column(nullable = false, length = 120)
  private String name;

  /** Web origins allowed to open sessions here, one per line; the hosted chat page is always allowed. */
  @Column(name = "allowed_origins", nullable = false, length = 4000)
  private String allowedOrigins;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected EntryPoint() {}

  EntryPoint(UUID accountId, String key, String scene, String name, List<String> origins, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.key = key;
    this.createdAt = at;
    update(scene, name, origins);
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public UUID accountId() {
    return accountId;
  }

  public String key() {
    return key;
  }

  public String scene() {
    return scene;
  }

  public String name() {
    return name;
  }

  public List<String> allowedOrigins() {
    return allowedOrigins.isEmpty() ? List.of() : Arrays.asList(allowedOrigins.split("\n"));
  }

  public Instant createdAt() {
    return createdAt;
  }

  void update(String scene, String name, List<String> origins) {
    this.scene = scene;
    this.name = name.strip();
    this.allowedOrigins = String.join("\n", origins);
  }
}
