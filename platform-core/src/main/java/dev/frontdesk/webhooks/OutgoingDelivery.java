package dev.frontdesk.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One attempt, ready to send: where, the signed body, and the headers that describe it. */
record OutgoingDelivery(
    URI url, UUID deliveryId, String eventType, int attemptNumber, List<String> secrets, byte[] body) {

  static final String DELIVERY_HEADER = "Frontdesk-Delivery";
  static final String EVENT_HEADER = "Frontdesk-Event";
  static final String ATTEMPT_HEADER = "Frontdesk-Attempt";

  /** The headers of an attempt made at {@code at}; the signature's timestamp is that moment. */
  Map<String, String> headers(Instant at) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", "Frontdesk-Webhooks/1");
    headers.put(DELIVERY_HEADER, deliveryId.toString());
    headers.put(EVENT_HEADER, eventType);
    headers.put(ATTEMPT_HEADER, Integer.toString(attemptNumber));
    headers.put(
        WebhookSignature.HEADER,
        WebhookSignature.header(secrets.stream().map(WebhookSignature::key).toList(), at.getEpochSecond(), body));
    return headers;
  }
}
