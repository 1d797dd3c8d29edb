package dev.frontdesk.spi;

/**
 * Hands customers' messages from an external channel to the conversation engine, which stores them, routes
 * the session by the CS account's reception policy, and shows them to agents like any other message.
 */
public interface Inbound {

  /**
   * Accepts one message. Idempotent on {@link InboundMessage#externalId()}: delivering the same message twice
   * (a retried webhook, a re-polled mailbox) stores it once and returns the same receipt.
   *
   * @throws IllegalArgumentException when the message is invalid (empty text, a file too large, an account
   *     not of this binding's tenant)
   */
  Receipt receive(InboundMessage message);

  /**
   * Where the message went. {@code duplicate} is true when it had been received before. {@code sessionId} is null
   * when the company could start no new conversation (its plan's limit) and the message was left for its staff:
   * {@code messageId} is then the left message's.
   */
  record Receipt(String sessionId, String messageId, boolean duplicate) {}
}
