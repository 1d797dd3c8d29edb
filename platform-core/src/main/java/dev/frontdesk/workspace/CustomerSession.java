package dev.frontdesk.workspace;

import dev.frontdesk.conversation.SessionView;
import java.time.Instant;
import java.util.UUID;

/**
 * One session in a customer's profile: every field of {@link SessionView}, flat, plus the names of the entry point
 * it came through (null once the entry point was deleted) and of its account.
 */
public record CustomerSession(
    UUID id,
    UUID accountId,
    String accountName,
    UUID customerId,
    String customerName,
    String customerExternalId,
    String state,
    int stateCode,
    UUID servicerId,
    UUID entryPointId,
    String entryPointName,
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

  static CustomerSession of(SessionView v, String entryPointName, String accountName) {
    return new CustomerSession(
        v.id(), v.accountId(), accountName, v.customerId(), v.customerName(), v.customerExternalId(), v.state(),
        v.stateCode(), v.servicerId(), v.entryPointId(), entryPointName, v.scene(), v.sceneParam(),
        v.previousSessionId(), v.lastSeq(), v.customerReadSeq(), v.staffReadSeq(), v.unreadForStaff(),
        v.queuePosition(), v.queuedAt(), v.createdAt(), v.lastActivityAt(), v.lastCustomerMessageAt(), v.closedAt(),
        v.channel(), v.channelPluginId(), v.messagesPurgedAt());
  }
}
