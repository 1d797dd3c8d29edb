package dev.frontdesk.realtime;

import java.util.UUID;

/**
 * An event on its way to live connections, with what receivers filter on (tenant, account, customer, servicer).
 * {@code data} is the event's JSON; null when it was too big for the notification channel, in which case
 * receivers load it by {@code eventId}.
 */
public record Envelope(
    UUID tenantId,
    String type,
    Long eventId,
    UUID sessionId,
    UUID accountId,
    UUID customerId,
    UUID servicerId,
    Integer seq,
    String data) {

  public Envelope withoutData() {
    return new Envelope(tenantId, type, eventId, sessionId, accountId, customerId, servicerId, seq, null);
  }

  public Envelope withData(String json) {
    return new Envelope(tenantId, type, eventId, sessionId, accountId, customerId, servicerId, seq, json);
  }
}
