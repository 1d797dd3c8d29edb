package dev.frontdesk.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * A session as the API shows it; {@code state} is the WeCom name and {@code stateCode} its number (0-4).
 * {@code customerReadSeq} and {@code staffReadSeq} are how far each side has read; {@code unreadForStaff} counts
 * the customer's messages (not recalled) after {@code staffReadSeq}; {@code queuedAt} is when the session entered
 * the queue, while it waits there (null otherwise); {@code messagesPurgedAt} is when the plan's retention deleted
 * its messages.
 */
public record SessionView(
    UUID id,
    UUID accountId,
    UUID customerId,
    String customerName,
    String customerExternalId,
    String state,
    int stateCode,
    UUID servicerId,
    UUID entryPointId,
    String scene,
    String sceneParam,
    UUID previousSessionId,
    int lastSeq,
    int customerReadSeq,
    int staffReadSeq,
    int unreadForStaff,
    Integer queuePosition,
    Instant queuedAt,
    Instant createdAt,
    Instant lastActivityAt,
    Instant lastCustomerMessageAt,
    Instant closedAt,
    String channel,
    String channelPluginId,
    Instant messagesPurgedAt) {

  public static SessionView of(Session s, Customer c, Integer queuePosition) {
    Session.Entry e = s.entry();
    return new SessionView(
        s.id(), s.accountId(), s.customerId(), c == null ? null : c.name(), c == null ? null : c.externalId(),
        s.state().apiName(), s.state().code(), s.servicerId(), e.entryPointId(), e.scene(), e.sceneParam(),
        s.previousSessionId(), s.lastSeq(), s.customerReadSeq(), s.staffReadSeq(), s.unreadForStaff(),
        queuePosition, s.state() == SessionState.QUEUED ? s.queuedAt() : null, s.createdAt(), s.lastActivityAt(),
        s.lastCustomerMessageAt(), s.closedAt(),
        s.channel() == null ? null : s.channel().name(), s.channel() == null ? null : s.channel().pluginId(),
        s.messagesPurgedAt());
  }
}
