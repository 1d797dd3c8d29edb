package dev.frontdesk.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One message of a session, numbered by the session's sequence. Its content is JSON of its type's record. */
@Entity
@Table(name = "messages")
public class Message {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "sender_type", nullable = false, length = 12, updatable = false)
  private SenderType senderType;

  @Column(name = "sender_ref", nullable = false, length = 64, updatable = false)
  private String senderRef;

  @Column(name = "sender_id", updatable = false)
  private UUID senderId;

  @Column(name = "client_msg_id", length = 64, updatable = false)
  private String clientMsgId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private MessageType type;

  /** The column's size: content that encodes longer is refused before it gets here. */
  public static final int MAX_BODY = 20000;

  @Column(nullable = false, length = MAX_BODY, updatable = false)
  private String body;

  @Column(name = "recalled_at")
  private Instant recalledAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Message() {}

  Message(UUID sessionId, int seq, Sender sender, String clientMsgId, MessageContent content, Instant at) {
    this.id = UUID.randomUUID();
    this.sessionId = sessionId;
    this.seq = seq;
    this.senderType = sender.type();
    this.senderRef = sender.ref();
    this.senderId = sender.id();
    this.clientMsgId = clientMsgId;
    this.type = content.type();
    this.body = content.toJson();
    this.createdAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public int seq() {
    return seq;
  }

  public Sender sender() {
    return new Sender(senderType, senderId);
  }

  public String clientMsgId() {
    return clientMsgId;
  }

  public MessageType type() {
    return type;
  }

  public MessageContent content() {
    return MessageContent.fromJson(type, body);
  }

  public Instant recalledAt() {
    return recalledAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  void recall(Instant at) {
    this.recalledAt = at;
  }
}
