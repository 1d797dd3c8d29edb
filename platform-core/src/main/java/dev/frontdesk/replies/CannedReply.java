package dev.frontdesk.replies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A canned reply: company-wide ({@code ownerId} null) or one member's own. */
@Entity
@Table(name = "canned_replies")
public class CannedReply {

  /** The owner key of company-wide replies (see the V6 migration: one unique key for both scopes). */
  static final UUID TENANT_OWNER_KEY = new UUID(0, 0);

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "owner_id", updatable = false)
  private UUID ownerId;

  @Column(name = "owner_key", nullable = false, updatable = false)
  private UUID ownerKey;

  @Column(nullable = false, length = 32)
  private String shortcut;

  @Column(nullable = false, length = 80)
  private String title;

  @Column(name = "body", nullable = false, length = 2000)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CannedReply() {}

  CannedReply(UUID ownerId, String shortcut, String title, String text, Instant at) {
    this.id = UUID.randomUUID();
    this.ownerId = ownerId;
    this.ownerKey = ownerId == null ? TENANT_OWNER_KEY : ownerId;
    this.shortcut = shortcut;
    this.title = title;
    this.text = text;
    this.createdAt = at;
    this.updatedAt = at;
  }

  public UUID id() {
    return id;
  }

  public ReplyScope scope() {
    return ownerId == null ? ReplyScope.TENANT : ReplyScope.PERSONAL;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String shortcut() {
    return shortcut;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  void change(String shortcut, String title, String text, Instant at) {
    if (shortcut != null) {
      this.shortcut = shortcut;
    }
    if (title != null) {
      this.title = title;
    }
    if (text != null) {
      this.text = text;
    }
    this.updatedAt = at;
  }
}
