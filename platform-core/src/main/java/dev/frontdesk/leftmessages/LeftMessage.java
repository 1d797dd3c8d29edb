package dev.frontdesk.leftmessages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A message left for the company instead of a conversation, until a staff member marks it handled. */
@Entity
@Table(name = "left_messages")
public class LeftMessage {

  public static final int MAX_NAME = 120;
  public static final int MAX_CONTACT = 200;
  /** What a visitor may write in the form. */
  public static final int MAX_TEXT = 4000;
  /** What is kept of a channel message (a long email), past which it is cut. */
  public static final int MAX_STORED_TEXT = 20000;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "entry_point_id", updatable = false)
  private UUID entryPointId;

  @Column(name = "scene_param", length = 128, updatable = false)
  private String sceneParam;

  /** The channel it came through (a channel plugin's name); null from the widget. */
  @Column(name = "channel", length = 80, updatable = false)
  private String channel;

  /** The channel message it stands for, so a message delivered twice is left once. */
  @Column(name = "source_ref", length = 100, updatable = false)
  private String sourceRef;

  @Column(name = "customer_id", updatable = false)
  private UUID customerId;

  @Column(name = "name", nullable = false, length = MAX_NAME, updatable = false)
  private String name;

  @Column(name = "contact", nullable = false, length = MAX_CONTACT, updatable = false)
  private String contact;

  @Column(name = "body", nullable = false, length = MAX_STORED_TEXT, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handled_by")
  private UUID handledBy;

  protected LeftMessage() {}

  /** Where a message was left: the account, and the entry point or channel it came through. */
  public record Origin(UUID accountId, UUID entryPointId, String sceneParam, String channel, String sourceRef) {}

  LeftMessage(Origin origin, UUID customerId, String name, String contact, String text, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.accountId = origin.accountId();
    this.entryPointId = origin.entryPointId();
    this.sceneParam = origin.sceneParam();
    this.channel = origin.channel();
    this.sourceRef = origin.sourceRef();
    this.customerId = customerId;
    this.name = name;
    this.contact = contact;
    this.text = text;
    this.createdAt = createdAt;
  }

  /** The first staff member to mark it handled is kept. */
  void handled(UUID memberId, Instant at) {
    if (handledAt == null) {
      handledAt = at;
      handledBy = memberId;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public UUID entryPointId() {
    return entryPointId;
  }

  public String sceneParam() {
    return sceneParam;
  }

  public String channel() {
    return channel;
  }

  public UUID customerId() {
    return customerId;
  }

  public String name() {
    return name;
  }

  public String contact() {
    return contact;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant handledAt() {
    return handledAt;
  }

  public UUID handledBy() {
    return handledBy;
  }
}
