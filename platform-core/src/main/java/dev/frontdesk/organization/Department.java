package dev.frontdesk.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A group of staff (for example "Support" or "Sales"); servicers can be assigned a whole department. */
@Entity
@Table(name = "departments")
public class Department {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Department() {}

  Department(String name, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.name = name.trim();
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  void rename(String name) {
    this.name = name.trim();
  }
}
