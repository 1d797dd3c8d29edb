package dev.frontdesk.spi;

import java.time.Instant;

/**
 * A business message (an agent's reply, the assistant's answer) to deliver through the channel the session
 * came from.
 *
 * @param threadKey the thread key the session was opened with, if any
 * @param senderName the name the customer should see (the CS account's)
 */
public record OutboundMessage(
    String tenantId,
    String accountId,
    String sessionId,
    String messageId,
    ExternalCustomer customer,
    String threadKey,
    String senderName,
    Content content,
    Instant sentAt) {}
