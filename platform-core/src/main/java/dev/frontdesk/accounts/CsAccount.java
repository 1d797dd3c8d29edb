package dev.frontdesk.accounts;

import dev.frontdesk.reception.ReceptionPolicy;
import dev.frontdesk.reception.RoutingMode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/** A customer-service account. Deleting one keeps its history: it is marked deleted and stops receiving. */
@Entity
@DynamicUpdate // writes only what changed, so a stale copy never rewrites the routing cursor
@Table(name = "cs_accounts")
public class CsAccount {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "avatar_attachment_id")
  private UUID avatarAttachmentId;

  @Column(name = "welcome_message", length = 2000)
  private String welcomeMessage;

  @Convert(converter = BusinessHoursConverter.class)
  @Column(name = "business_hours", length = 4000)
  private BusinessHours businessHours;

  @Column(name = "off_hours_reply", length = 2000)
  private String offHoursReply;

  @Column(name = "assistant_enabled", nullable = false)
  private boolean assistantEnabled;

  @Enumerated(EnumType.STRING)
  @Column(name = "routing_mode", nullable = false, length = 20)
  private RoutingMode routingMode;

  @Column(name = "servicer_cap", nullable = false)
  private int servicerCap;

  @Column(name = "prefer_last_servicer", nullable = false)
  private boolean preferLastServicer;

  @Column(name = "prefer_last_days", nullable = false)
  private int preferLastDays;

  @Column(name = "inactivity_close_minutes", nullable = false)
  private int inactivityCloseMinutes;

  @Column(name = "send_window_messages", nullable = false)
  private int sendWindowMessages;

  @Column(name = "send_window_hours", nullable = false)
  private int sendWindowHours;

  /** Who got the previous round-robin session: the next turn starts after them. */
  @Column(name = "round_robin_cursor")
  private UUID roundRobinCursor;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CsAccount() {}

  CsAccount(Instant createdAt) {
    this.id = UUID.randomUUID();
    this.createdAt = createdAt;
    setPolicy(ReceptionPolicy.DEFAULT);
    setSendWindow(SendWindow.WECOM);
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  public UUID avatarAttachmentId() {
    return avatarAttachmentId;
  }

  public String welcomeMessage() {
    return welcomeMessage;
  }

  public BusinessHours businessHours() {
    return businessHours;
  }

  public String offHoursReply() {
    return offHoursReply;
  }

  public boolean assistantEnabled() {
    return assistantEnabled;
  }

  public boolean deleted() {
    return deletedAt != null;
  }

  public boolean isOpen(Instant at) {
    return businessHours == null || businessHours.days().isEmpty() || businessHours.isOpen(at);
  }

  public ReceptionPolicy policy() {
    return new ReceptionPolicy(
        routingMode, servicerCap, preferLastServicer, preferLastDays, inactivityCloseMinutes);
  }

  public SendWindow sendWindow() {
    return new SendWindow(sendWindowMessages, Duration.ofHours(sendWindowHours));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public UUID roundRobinCursor() {
    return roundRobinCursor;
  }

  void setName(String name) {
    this.name = name.trim();
  }

  void setWelcomeMessage(String welcomeMessage) {
    this.welcomeMessage = blankToNull(welcomeMessage);
  }

  void setBusinessHours(BusinessHours businessHours) {
    this.businessHours = businessHours;
  }

  void setOffHoursReply(String offHoursReply) {
    this.offHoursReply = blankToNull(offHoursReply);
  }

  void setAssistantEnabled(boolean assistantEnabled) {
    this.assistantEnabled = assistantEnabled;
  }

  void setAvatarAttachmentId(UUID avatarAttachmentId) {
    this.avatarAttachmentId = avatarAttachmentId;
  }

  void setPolicy(ReceptionPolicy policy) {
    this.routingMode = policy.mode();
    this.servicerCap = policy.servicerCap();
    this.preferLastServicer = policy.preferLastServicer();
    this.preferLastDays = policy.preferLastDays();
    this.inactivityCloseMinutes = policy.inactivityCloseMinutes();
  }

  void setSendWindow(SendWindow window) {
    this.sendWindowMessages = window.messages();
    this.sendWindowHours = (int) window.length().toHours();
  }

  public void advanceRoundRobin(UUID memberId) {
    this.roundRobinCursor = memberId;
  }

  void markDeleted(Instant at) {
    this.deletedAt = at;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
