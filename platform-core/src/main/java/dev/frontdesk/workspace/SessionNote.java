package dev.frontdesk.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An internal note a staff member left on a session: for colleagues, never shown to the customer. */
@Entity
@Table(name = "session_notes")
public class SessionNote {

  public static final int MAX_TEXT = 4000;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(name = "body", nullable = false, length = MAX_TEXT, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SessionNote() {}

  SessionNote(UUID sessionId, UUID authorId, String text, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.sessionId = sessionId;
    this.authorId = authorId;
    this.text = text;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public UUID authorId() {
    return authorId;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
