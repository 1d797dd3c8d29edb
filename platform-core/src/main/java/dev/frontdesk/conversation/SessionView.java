package dev.frontdesk.conversation;

import java.time.Instant;
import java.util.UUID;

/** A session as the API shows it; {@code state} is the WeCom name and {@code stateCode} its number (0-4). */
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
    Integer queuePosition,
    Instant createdAt,
    Instant lastActivityAt,
    Instant lastCustomerMessageAt,
    Instant closedAt) {

  public static SessionView of(Session s, Customer c, Integer queuePosition) {
    Session.Entry e = s.entry();
    return new SessionView(
        s.id(), s.accountId(), s.customerId(), c == null ? null : c.name(), c == null ? null : c.externalId(),
        s.state().apiName(), s.state().code(), s.servicerId(), e.entryPointId(), e.scene(), e.sceneParam(),
        s.previousSessionId(), s.lastSeq(), queuePosition, s.createdAt(), s.lastActivityAt(),
        s.lastCustomerMessageAt(), s.closedAt());
  }
}
