package dev.frontdesk.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A member belonging to a department. An entity of its own (not a bare join table) so that it carries its
 * tenant, as every tenant-owned row must for row-level security.
 */
@Entity
@Table(name = "department_memberships")
public class DepartmentMembership {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "member_id", nullable = false)
  private UUID memberId;

  @Column(name = "department_id", nullable = false)
  private UUID departmentId;

  protected DepartmentMembership() {}

  DepartmentMembership(UUID memberId, UUID departmentId) {
    this.id = UUID.randomUUID();
    this.memberId = memberId;
    this.departmentId = departmentId;
  }

  UUID memberId() {
    return memberId;
  }

  UUID departmentId() {
    return departmentId;
  }
}
