package dev.frontdesk.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A stored file and what was checked about it on upload. */
@Entity
@Table(name = "attachments")
public class Attachment {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12, updatable = false)
  private AttachmentKind kind;

  @Column(name = "content_type", nullable = false, length = 100, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, length = 200, updatable = false)
  private String name;

  @Column(name = "storage_key", nullable = false, length = 200, updatable = false)
  private String storageKey;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "uploader_type", nullable = false, length = 12, updatable = false)
  private Uploader.Type uploaderType;

  @Column(name = "uploader_id", nullable = false, updatable = false)
  private UUID uploaderId;

  @Column(name = "session_id")
  private UUID sessionId;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Attachment() {}

  Attachment(
      AttachmentKind kind, String contentType, String name, StoredObject stored, Uploader uploader, Instant at) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.contentType = contentType;
    this.size = stored.size();
    this.name = name;
    this.storageKey = stored.key();
    this.sha256 = stored.sha256();
    this.uploaderType = uploader.type();
    this.uploaderId = uploader.id();
    this.createdAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public AttachmentKind kind() {
    return kind;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String name() {
    return name;
  }

  String storageKey() {
    return storageKey;
  }

  public String sha256() {
    return sha256;
  }

  public Uploader uploader() {
    return new Uploader(uploaderType, uploaderId);
  }

  public UUID sessionId() {
    return sessionId;
  }

  public Instant usedAt() {
    return usedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Sent in a message (or made an avatar): from now on it is kept. The first session is remembered, and the last
   * time it was sent, so message retention deletes it only once no session could still show it.
   */
  void used(UUID sessionId, Instant at) {
    usedAt = at;
    if (this.sessionId == null) {
      this.sessionId = sessionId;
    }
  }
}
