package dev.frontdesk.conversation;

import java.util.UUID;

/** A business message in a session from a channel plugin, to deliver through it once its transaction commits. */
public record ChannelDelivery(UUID tenantId, UUID sessionId, UUID messageId) {}
