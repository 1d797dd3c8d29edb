package dev.frontdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A staff member of one company: an admin, supervisor or agent. Emails are unique across the platform. */
@Entity
@Table(name = "members")
public class Member {

  /** Invited members have no password yet and cannot sign in. */
  public enum Status {
    ACTIVE,
    INVITED
  }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "password_hash", length = 400)
  private String passwordHash;

  /** The user id in Keycloak when Keycloak is the issuer. */
  @Column(name = "external_id", length = 100)
  private String externalId;

  @Convert(converter = RolesConverter.class)
  @Column(nullable = false, length = 200)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Member() {}

  public Member(String email, String name, Set<Role> roles, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.email = normalizeEmail(email);
    this.name = name.trim();
    setRoles(roles);
    this.status = Status.INVITED;
    this.createdAt = createdAt;
  }

  public static String normalizeEmail(String email) {
    return email.trim().toLowerCase(java.util.Locale.ROOT);
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  public void rename(String name) {
    this.name = name.trim();
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public void setRoles(Set<Role> roles) {
    if (roles.isEmpty() || !Role.STAFF.containsAll(roles)) {
      throw new IllegalArgumentException("a member needs at least one of " + Role.ids(Role.STAFF));
    }
    this.roles = EnumSet.copyOf(roles);
  }

  public Status status() {
    return status;
  }

  public String passwordHash() {
    return passwordHash;
  }

  /** Setting a password (built-in issuer) activates an invited member. */
  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    this.status = Status.ACTIVE;
  }

  /** Keycloak holds the password; the member is active once Keycloak has one. */
  public void activate() {
    this.status = Status.ACTIVE;
  }

  public String externalId() {
    return externalId;
  }

  public void linkExternalId(String externalId) {
    this.externalId = externalId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Principal principal(String tenantSlug) {
    return new Principal(id, email, name, roles(), tenantId, tenantSlug);
  }
}
