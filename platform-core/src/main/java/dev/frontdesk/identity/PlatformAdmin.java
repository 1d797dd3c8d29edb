package dev.frontdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/** An operator of the Frontdesk installation itself; belongs to no tenant. */
@Entity
@Table(name = "platform_admins")
public class PlatformAdmin {

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PlatformAdmin() {}

  PlatformAdmin(String email, String passwordHash, Instant now) {
    this.id = UUID.randomUUID();
    this.email = Member.normalizeEmail(email);
    this.name = "Platform administrator";
    this.passwordHash = passwordHash;
    this.createdAt = now;
  }

  String passwordHash() {
    return passwordHash;
  }

  Principal principal() {
    return new Principal(id, email, name, EnumSet.of(Role.PLATFORM_ADMIN), null, null);
  }
}
