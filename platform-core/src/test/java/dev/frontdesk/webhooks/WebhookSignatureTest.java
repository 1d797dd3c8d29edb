package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
  private static final long T = 1_700_000_000L;
  private static final Instant AT_T = Instant.ofEpochSecond(T);
  private static final Duration TOLERANCE = Duration.ofMinutes(5);
  // HMAC-SHA256("test-secret", "1700000000.{\"id\":\"evt_1\"}"), computed independently.
  private static final String V1 = "c0b7fea967577b3e73bd69e865e3a4daeb36816fab0de39e128565fa68cbab61";

  private static boolean verify(String header, byte[] body, Instant now) {
    return WebhookSignature.verify(SECRET, header, body, now, TOLERANCE);
  }

  @Test
  void headerIsTimestampAndHexHmacOfTimestampDotBody() {
    assertEquals("t=1700000000,v1=" + V1, WebhookSignature.header(SECRET, T, BODY));
  }

  @Test
  void verifiesItsOwnHeader() {
    String header = WebhookSignature.header(SECRET, T, BODY);
    assertTrue(verify(header, BODY, AT_T.plusSeconds(3)));
    assertTrue(verify(header, BODY, AT_T.minusSeconds(3)), "receiver clock slightly behind");
  }

  @Test
  void rejectsTamperedBodySignatureOrSecret() {
    String header = WebhookSignature.header(SECRET, T, BODY);
    byte[] tampered = "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8);
    assertFalse(verify(header, tampered, AT_T));
    String flipped = header.substring(0, header.length() - 1) + (header.endsWith("0") ? "1" : "0");
    assertFalse(verify(flipped, BODY, AT_T));
    byte[] other = "other-secret".getBytes(StandardCharsets.UTF_8);
    assertFalse(WebhookSignature.verify(other, header, BODY, AT_T, TOLERANCE));
  }

  @Test
  void rejectsReplayWithAFreshTimestamp() {
    // An attacker who captured a delivery cannot just restamp it: t is inside the MAC.
    String replay = "t=" + (T + 3600) + ",v1=" + V1;
    assertFalse(verify(replay, BODY, AT_T.plusSeconds(3600)));
  }

  @Test
  void rejectsTimestampsOutsideTolerance() {
    String header = WebhookSignature.header(SECRET, T, BODY);
    assertTrue(verify(header, BODY, AT_T.plus(TOLERANCE)), "the bound itself is accepted");
    assertFalse(verify(header, BODY, AT_T.plus(TOLERANCE).plusSeconds(1)), "too old");
    assertFalse(verify(header, BODY, AT_T.minus(TOLERANCE).minusSeconds(1)), "too far in the future");
    assertThrows(
        IllegalArgumentException.class,
        () -> WebhookSignature.verify(SECRET, header, BODY, AT_T, Duration.ofSeconds(-1)));
  }

  @Test
  void rejectsMalformedHeaders() {
    String v1 = ",v1=" + V1;
    for (String header :
        new String[] {
          null,
          "",
          "garbage",
          "v1=" + V1, // no timestamp
          "t=" + T, // no signature
          "t=" + T + ",v1=", // empty signature
          "t=" + T + ",v1=" + V1.toUpperCase(), // hex must be lower case
          "t=" + T + ",v1=" + V1.substring(1), // too short
          "t=" + T + ",v1=" + V1 + "00", // too long
          "t=abc" + v1,
          "t=-1" + v1,
          "t=" + T + ",t=" + T + v1, // two timestamps
          "t=" + T + ",," + v1.substring(1), // empty element
          "=x,t=" + T + v1, // empty key
          "t=" + T + ",v1" + V1, // no '='
          "t=1" + "0".repeat(20) + v1, // out of range
          "t=" + T + v1 + ",x=" + "y".repeat(5000), // oversized
        }) {
      assertFalse(verify(header, BODY, AT_T), String.valueOf(header));
    }
  }

  @Test
  void toleratesSpacesAndIgnoresUnknownSchemes() {
    assertTrue(verify("t=" + T + ", v0=whatever, v1=" + V1, BODY, AT_T));
  }

  @Test
  void acceptsAnyOfSeveralSignaturesDuringRotation() {
    byte[] oldSecret = WebhookSignature.key(WebhookSignature.newSecret());
    byte[] newSecret = WebhookSignature.key(WebhookSignature.newSecret());
    String header = WebhookSignature.header(List.of(oldSecret, newSecret), T, BODY);
    assertEquals(2, header.split(",v1=").length - 1);
    assertTrue(WebhookSignature.verify(oldSecret, header, BODY, AT_T, TOLERANCE));
    assertTrue(WebhookSignature.verify(newSecret, header, BODY, AT_T, TOLERANCE));
    assertFalse(WebhookSignature.verify(SECRET, header, BODY, AT_T, TOLERANCE));
    assertThrows(IllegalArgumentException.class, () -> WebhookSignature.header(List.of(), T, BODY));
  }

  @Test
  void newSecretsAreRandomAndCarry32Bytes() {
    String secret = WebhookSignature.newSecret();
    assertTrue(secret.matches("whsec_[A-Za-z0-9_-]{43}"), secret);
    assertEquals(32, java.util.Base64.getUrlDecoder().decode(secret.substring(6)).length);
    assertNotEquals(secret, WebhookSignature.newSecret());
  }

  @Test
  void theKeyIsTheSecretStringAsShown() {
    String secret = "whsec_" + "A".repeat(43);
    assertArrayEquals(secret.getBytes(StandardCharsets.UTF_8), WebhookSignature.key(secret));
    // What a receiver computes with nothing but the string: HMAC-SHA256(secret, t + "." + body).
    String expected = java.util.HexFormat.of().formatHex(dev.frontdesk.identity.Secrets.hmacSha256(
        secret.getBytes(StandardCharsets.UTF_8), (T + "." + new String(BODY, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8)));
    assertEquals("t=" + T + ",v1=" + expected, WebhookSignature.header(WebhookSignature.key(secret), T, BODY));
    for (String bad : new String[] {null, "", "sk_abc"}) {
      assertThrows(IllegalArgumentException.class, () -> WebhookSignature.key(bad), String.valueOf(bad));
    }
  }
}
