package dev.frontdesk.webhooks;

import dev.frontdesk.api.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON body of a delivery: {@code {id, eventId, type, createdAt, tenantId, data}}, where {@code id} is the
 * delivery id (the receiver's de-duplication key), {@code eventId} the event's id in the event log (the same in
 * every webhook's delivery of that event) and {@code data} the event's payload as stored.
 */
final class WebhookPayload {

  private WebhookPayload() {}

  static byte[] body(
      UUID deliveryId, long eventId, String type, Instant createdAt, UUID tenantId, String payloadJson) {
    return JsonTrees.objectBuilder()
        .add("id", deliveryId.toString())
        .add("eventId", eventId)
        .add("type", type)
        .add("createdAt", createdAt.toString())
        .add("tenantId", tenantId.toString())
        .add("data", JsonTrees.value(payloadJson))
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
