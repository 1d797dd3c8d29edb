package dev.frontdesk.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/**
 * One conversation between a customer and one CS account, from first contact until it closes. A customer who
 * writes after it closed starts a new session linked to this one.
 */
@Entity
@DynamicUpdate // writers touch disjoint columns (sequence vs. state); never overwrite the other's
@Table(name = "sessions")
public class Session {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "entry_point_id")
  private UUID entryPointId;

  @Column(length = 64)
  private String scene;

  @Column(name = "scene_param", length = 128)
  private String sceneParam;

  @Enumerated(EnumType.ORDINAL)
  @Column(nullable = false)
  private SessionState state;

  @Column(name = "servicer_id")
  private UUID servicerId;

  @Column(name = "previous_session_id")
  private UUID previousSessionId;

  @Column(name = "last_seq", nullable = false)
  private int lastSeq;

  @Column(name = "business_sends", nullable = false)
  private int businessSends;

  /** The highest sequence number the customer has read; only moves forward. */
  @Column(name = "customer_read_seq", nullable = false)
  private int customerReadSeq;

  /** The highest sequence number staff have read (any of them, for the session); only moves forward. */
  @Column(name = "staff_read_seq", nullable = false)
  private int staffReadSeq;

  /** Customer messages, not recalled, after {@link #staffReadSeq}: kept in step under the session's row lock. */
  @Column(name = "unread_for_staff", nullable = false)
  private int unreadForStaff;

  @Column(name = "last_customer_message_at")
  private Instant lastCustomerMessageAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "queued_at")
  private Instant queuedAt;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** When its messages were deleted under the plan's retention; the session itself is kept as a record. */
  @Column(name = "messages_purged_at")
  private Instant messagesPurgedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "channel_plugin_id", length = 40)
  private String channelPluginId;

  @Column(name = "channel", length = 40)
  private String channel;

  @Column(name = "thread_key", length = 500)
  private String threadKey;

  protected Session() {}

  Session(UUID accountId, UUID customerId, Entry entry, UUID previousSessionId, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.customerId = customerId;
    this.entryPointId = entry.entryPointId();
    this.scene = entry.scene();
    this.sceneParam = entry.sceneParam();
    this.previousSessionId = previousSessionId;
    this.state = SessionState.NEW;
    this.lastActivityAt = at;
    this.createdAt = at;
  }

  /** Where a session came from: the entry point, its scene, and the per-use scene parameter. */
  public record Entry(UUID entryPointId, String scene, String sceneParam) {}

  /**
   * The external channel a session came through (a channel plugin), and the channel's thread it is; business
   * messages in it are delivered through that plugin.
   */
  public record Channel(String pluginId, String name, String threadKey) {}

  /** The channel, or null for sessions from the widget and the API. */
  public Channel channel() {
    return channelPluginId == null ? null : new Channel(channelPluginId, channel, threadKey);
  }

  /** Marks the session as the channel's (set once, when the channel opens it). */
  public void throughChannel(Channel c) {
    this.channelPluginId = c.pluginId();
    this.channel = c.name();
    this.threadKey = c.threadKey();
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

  public UUID customerId() {
    return customerId;
  }

  public Entry entry() {
    return new Entry(entryPointId, scene, sceneParam);
  }

  public SessionState state() {
    return state;
  }

  public UUID servicerId() {
    return servicerId;
  }

  public UUID previousSessionId() {
    return previousSessionId;
  }

  public int lastSeq() {
    return lastSeq;
  }

  public int businessSends() {
    return businessSends;
  }

  public int customerReadSeq() {
    return customerReadSeq;
  }

  public int staffReadSeq() {
    return staffReadSeq;
  }

  public int unreadForStaff() {
    return unreadForStaff;
  }

  public Instant lastCustomerMessageAt() {
    return lastCustomerMessageAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The next sequence number; the caller holds this session's row lock. */
  int nextSeq() {
    return ++lastSeq;
  }

  void customerWrote(Instant at) {
    unreadForStaff++; // its sequence number is the session's newest, so above what staff have read
    lastCustomerMessageAt = at;
    businessSends = 0;
    lastActivityAt = at;
  }

  void businessWrote(Instant at, boolean countsAgainstWindow) {
    if (countsAgainstWindow) {
      businessSends++;
    }
    lastActivityAt = at;
  }

  /**
   * The customer read up to {@code seq} (at most {@link #lastSeq}); true when that moved their mark forward, false
   * for a mark they had already passed.
   */
  boolean customerRead(int seq) {
    if (seq <= customerReadSeq) {
      return false;
    }
    customerReadSeq = seq;
    return true;
  }

  /**
   * Staff read up to {@code seq} (at most {@link #lastSeq}), leaving {@code unreadAfter} customer messages after
   * it; true when that moved the mark forward.
   */
  boolean staffRead(int seq, int unreadAfter) {
    if (seq <= staffReadSeq) {
      return false;
    }
    staffReadSeq = seq;
    unreadForStaff = unreadAfter;
    return true;
  }

  /** A customer message was recalled: it no longer waits to be read by staff. */
  void customerMessageRecalled(int seq) {
    if (seq > staffReadSeq && unreadForStaff > 0) {
      unreadForStaff--;
    }
  }

  public void queue(Instant at) {
    state = SessionState.QUEUED;
    servicerId = null;
    queuedAt = at;
  }

  public void toAssistant() {
    state = SessionState.ASSISTANT;
    servicerId = null;
  }

  public void assign(UUID memberId, Instant at) {
    state = SessionState.HUMAN;
    servicerId = memberId;
    assignedAt = at;
  }

  public void moveTo(UUID accountId) {
    this.accountId = accountId;
  }

  public void close(Instant at) {
    state = SessionState.CLOSED;
    closedAt = at;
  }

  public Instant messagesPurgedAt() {
    return messagesPurgedAt;
  }

  void messagesPurged(Instant at) {
    messagesPurgedAt = at;
  }
}
