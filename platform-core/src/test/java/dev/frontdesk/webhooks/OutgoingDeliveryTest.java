package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutgoingDeliveryTest {

  private static final UUID DELIVERY = UUID.fromString("3f1c0e2a-6a3b-4a3e-9b8e-2d7c0e5f1a10");
  private static final UUID TENANT = UUID.fromString("0b5e8f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b");
  private static final Instant CREATED = Instant.parse("2024-05-01T12:00:00.123Z");

  @Test
  void theBodyCarriesTheDeliveryIdTheEventAndItsDataAsStored() {
    byte[] body =
        WebhookPayload.body(DELIVERY, 42, "message", CREATED, TENANT, "{\"text\":\"Hi \\\"there\\\"\",\"seq\":2}");
    JsonObject json = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
    assertEquals(DELIVERY.toString(), json.getString("id"));
    assertEquals(42, json.getInt("eventId"));
    assertEquals("message", json.getString("type"));
    assertEquals("2024-05-01T12:00:00.123Z", json.getString("createdAt"));
    assertEquals(TENANT.toString(), json.getString("tenantId"));
    assertEquals("Hi \"there\"", json.getJsonObject("data").getString("text"));
    assertEquals(2, json.getJsonObject("data").getInt("seq"));
  }

  @Test
  void headersNameTheDeliveryAndSignTheBodyWithEverySecret() {
    String current = WebhookSignature.newSecret();
    String previous = WebhookSignature.newSecret();
    byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
    OutgoingDelivery delivery =
        new OutgoingDelivery(URI.create("https://example.com/hook"), DELIVERY, "recall", 3, List.of(current, previous),
            body);
    Instant at = Instant.ofEpochSecond(1_700_000_000L);
    Map<String, String> headers = delivery.headers(at);
    assertEquals(DELIVERY.toString(), headers.get("Frontdesk-Delivery"));
    assertEquals("recall", headers.get("Frontdesk-Event"));
    assertEquals("3", headers.get("Frontdesk-Attempt"));
    assertEquals("application/json", headers.get("Content-Type"));
    String signature = headers.get(WebhookSignature.HEADER);
    assertTrue(signature.startsWith("t=1700000000,v1="), signature);
    for (String secret : List.of(current, previous)) {
      assertTrue(WebhookSignature.verify(WebhookSignature.key(secret), signature, body, at, Duration.ofMinutes(5)));
    }
  }
}
