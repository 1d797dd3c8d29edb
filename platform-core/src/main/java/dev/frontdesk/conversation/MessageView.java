package dev.frontdesk.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as the API, live connections, sync and webhooks show it. {@code content} has the shape of its
 * {@code type}; it is null once the message was recalled.
 */
public record MessageView(
    UUID id,
    UUID sessionId,
    UUID customerId,
    int seq,
    String type,
    Object content,
    SenderView sender,
    String clientMsgId,
    Instant createdAt,
    Instant recalledAt) {

  /** Who wrote it; {@code name} as the reader should see it (the account's name for system messages). */
  public record SenderView(String type, UUID id, String name) {}
}
