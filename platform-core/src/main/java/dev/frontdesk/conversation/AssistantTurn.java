package dev.frontdesk.conversation;

import java.util.UUID;

/**
 * A customer's message the assistant should answer: fired in the message's transaction, handled after it
 * commits (a plugin call must never hold the session's lock).
 */
public record AssistantTurn(UUID tenantId, UUID sessionId, int seq) {}
