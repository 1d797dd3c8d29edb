package dev.frontdesk.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * Facts of the conversation engine that billing meters, fired inside the transaction that makes them true, so
 * they are counted exactly when they happen.
 */
public final class Metered {

  private Metered() {}

  /** A new session (a conversation) was started. */
  public record SessionStarted(UUID sessionId, Instant at) {}

  /** A message was stored. */
  public record MessageStored(UUID messageId, SenderType sender, Instant at) {}
}
