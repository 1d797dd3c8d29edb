package dev.frontdesk.conversation;

import java.util.UUID;

/**
 * The payload of a {@code session_status_change} event.
 *
 * @param changeType queued, assigned, taken_from_queue, transferred, to_assistant, closed or reopened
 */
public record SessionChange(
    UUID sessionId,
    UUID accountId,
    UUID customerId,
    String changeType,
    int fromState,
    int toState,
    UUID fromServicerId,
    UUID toServicerId,
    UUID previousSessionId,
    String reason) {}
