package dev.frontdesk.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.attachments.FileLinkSigner.Verdict;
import dev.frontdesk.identity.Secrets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FileLinkSignerTest {

  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  private static final UUID FILE = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  private static final Instant NOW = Instant.parse("2026-03-01T10:02:03Z");

  private static FileLinkSigner signer(String key) {
    return new FileLinkSigner(
        data -> Base64.getUrlEncoder().withoutPadding().encodeToString(
            Secrets.hmacSha256(key.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8))),
        Duration.ofHours(1), Duration.ofMinutes(5));
  }

  private static Map<String, String> params(String query) {
    Map<String, String> out = new HashMap<>();
    for (String pair : query.split("&")) {
      out.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return out;
  }

  @Test
  void aLinkWorksUntilItsExpiryAndNotAfter() {
    FileLinkSigner signer = signer("k1");
    Map<String, String> q = params(signer.query(TENANT, FILE, NOW));
    long exp = Long.parseLong(q.get("exp"));
    assertEquals(Verdict.VALID, signer.check(TENANT, FILE, q.get("exp"), q.get("sig"), NOW));
    assertEquals(Verdict.VALID, signer.check(TENANT, FILE, q.get("exp"), q.get("sig"), Instant.ofEpochSecond(exp - 1)));
    assertEquals(Verdict.EXPIRED, signer.check(TENANT, FILE, q.get("exp"), q.get("sig"), Instant.ofEpochSecond(exp)));
  }

  @Test
  void anythingChangedBreaksTheSignature() {
    FileLinkSigner signer = signer("k1");
    Map<String, String> q = params(signer.query(TENANT, FILE, NOW));
    String exp = q.get("exp");
    String sig = q.get("sig");
    String later = String.valueOf(Long.parseLong(exp) + 3600);
    assertEquals(Verdict.BAD_SIGNATURE, signer.check(TENANT, FILE, later, sig, NOW), "a longer expiry");
    assertEquals(Verdict.BAD_SIGNATURE, signer.check(UUID.randomUUID(), FILE, exp, sig, NOW), "another tenant");
    assertEquals(Verdict.BAD_SIGNATURE, signer.check(TENANT, UUID.randomUUID(), exp, sig, NOW), "another file");
    String flipped = (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);
    assertEquals(Verdict.BAD_SIGNATURE, signer.check(TENANT, FILE, exp, flipped, NOW));
    assertEquals(Verdict.BAD_SIGNATURE, signer("k2").check(TENANT, FILE, exp, sig, NOW), "another server key");
    assertEquals(Verdict.BAD_SIGNATURE, signer.check(TENANT, FILE, "soon", sig, NOW));
    assertEquals(Verdict.BAD_SIGNATURE, signer.check(TENANT, FILE, null, sig, NOW));
    assertEquals(Verdict.BAD_SIGNATURE, signer.check(TENANT, FILE, exp, null, NOW));
  }

  @Test
  void expiriesAreRoundedUpSoLinksStayTheSameForAWhile() {
    FileLinkSigner signer = signer("k1");
    long exp = signer.expiry(NOW);
    assertEquals(0, exp % 300, "a multiple of the step");
    assertTrue(exp >= NOW.getEpochSecond() + 3600, "at least the lifetime");
    assertTrue(exp < NOW.getEpochSecond() + 3600 + 300, "at most a step more");
    assertEquals(signer.query(TENANT, FILE, NOW), signer.query(TENANT, FILE, NOW.plusSeconds(60)));
    assertNotEquals(signer.query(TENANT, FILE, NOW), signer.query(TENANT, FILE, NOW.plusSeconds(600)));
    Instant onAStep = Instant.ofEpochSecond(exp - 3600);
    assertEquals(exp, signer.expiry(onAStep), "a time on a step boundary is not pushed a step further");
  }

  @Test
  void aLifetimeMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new FileLinkSigner(d -> d, Duration.ZERO, Duration.ofMinutes(5)));
  }

  @Test
  void storedLinksAreSignedAfreshOnlyForTheirOwnTenant() {
    FileLinkSigner signer = signer("k1");
    UUID other = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    String mine = "/api/v1/files/" + TENANT + "/" + FILE + "?" + signer.query(TENANT, FILE, NOW);
    String theirs = "/api/v1/files/" + other + "/" + FILE + "?" + signer.query(other, FILE, NOW);
    String json = "{\"content\":{\"url\":\"https://fd.example" + mine + "\"},\"other\":\"" + theirs + "\"}";
    Instant later = NOW.plus(Duration.ofHours(5));

    String refreshed = signer.refresh(TENANT, json, later);

    String link = refreshed.substring(refreshed.indexOf("/api/v1/files/"), refreshed.indexOf("\"}"));
    Map<String, String> q = params(link.substring(link.indexOf('?') + 1));
    assertEquals(Verdict.EXPIRED, signer.check(TENANT, FILE, params(mine.split("\\?")[1]).get("exp"),
        params(mine.split("\\?")[1]).get("sig"), later));
    assertEquals(Verdict.VALID, signer.check(TENANT, FILE, q.get("exp"), q.get("sig"), later));
    assertTrue(refreshed.startsWith("{\"content\":{\"url\":\"https://fd.example/api/v1/files/" + TENANT + "/" + FILE));
    assertTrue(refreshed.endsWith("\"other\":\"" + theirs + "\"}"), refreshed);
    assertEquals("{\"text\":\"no links\"}", signer.refresh(TENANT, "{\"text\":\"no links\"}", later));
  }
}
