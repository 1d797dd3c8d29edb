package dev.frontdesk.webhooks;

import dev.frontdesk.identity.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code Frontdesk-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>},
 * keyed with the secret string as the tenant saw it ({@link #key}).
 * The timestamp is inside the MAC so a captured delivery cannot be replayed later with a fresh {@code t}. While a
 * secret is being rotated the header carries one {@code v1} per active secret, and a receiver accepts any match.
 */
public final class WebhookSignature {

  public static final String HEADER = "Frontdesk-Signature";
  public static final String SECRET_PREFIX = "whsec_";

  private static final int SECRET_BYTES = 32;
  // Far more than any honest header; stops us parsing junk of arbitrary size.
  private static final int MAX_HEADER_LENGTH = 4096;
  // Up to 15 digits keeps every value inside Instant's range.
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,15}");
  private static final Pattern V1 = Pattern.compile("[0-9a-f]{64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /** The header for one secret. */
  public static String header(byte[] secret, long unixSeconds, byte[] body) {
    return header(List.of(secret), unixSeconds, body);
  }

  /** The header for every active secret, so receivers still on the old one keep verifying during rotation. */
  public static String header(List<byte[]> secrets, long unixSeconds, byte[] body) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one secret is needed to sign");
    }
    if (unixSeconds < 0) {
      throw new IllegalArgumentException("timestamp must not be negative: " + unixSeconds);
    }
    StringBuilder header = new StringBuilder("t=").append(unixSeconds);
    for (byte[] secret : secrets) {
      header.append(",v1=").append(HexFormat.of().formatHex(mac(secret, unixSeconds, body)));
    }
    return header.toString();
  }

  /**
   * True when the header is well formed, its timestamp is within {@code tolerance} of {@code now} (either way, to
   * allow for clock skew), and one of its {@code v1} entries is the MAC of {@code body} under {@code secret}.
   * Unknown schemes (anything but {@code t} and {@code v1}) are ignored so that new ones can be added later.
   */
  public static boolean verify(
      byte[] secret, String header, byte[] body, Instant now, Duration tolerance) {
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative");
    }
    Parsed parsed = Parsed.of(header);
    if (parsed == null) {
      return false;
    }
    Duration skew = Duration.between(Instant.ofEpochSecond(parsed.timestamp()), now).abs();
    if (skew.compareTo(tolerance) > 0) {
      return false;
    }
    byte[] expected =
        HexFormat.of().formatHex(mac(secret, parsed.timestamp(), body)).getBytes(StandardCharsets.US_ASCII);
    boolean match = false;
    for (String candidate : parsed.signatures()) {
      // Constant-time, and no early exit, so timing reveals nothing about which entry (if any) matched.
      match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
    }
    return match;
  }

  /** A new secret to show the tenant once: {@code whsec_} and 32 random bytes, base64url without padding. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The HMAC key of a secret: its UTF-8 bytes, prefix included, so a receiver in any language verifies with the
   * string exactly as shown (32 random bytes inside it give the key its strength).
   */
  public static byte[] key(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
      throw new IllegalArgumentException("webhook secrets start with " + SECRET_PREFIX);
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] mac(byte[] secret, long unixSeconds, byte[] body) {
    return Secrets.hmacSha256(secret, (unixSeconds + ".").getBytes(StandardCharsets.US_ASCII), body);
  }

  /** A syntactically valid header: exactly one timestamp and at least one v1 signature. Null when malformed. */
  private record Parsed(long timestamp, List<String> signatures) {

    static Parsed of(String header) {
      if (header == null || header.isEmpty() || header.length() > MAX_HEADER_LENGTH) {
        return null;
      }
      String timestamp = null;
      List<String> signatures = new ArrayList<>();
      for (String element : header.split(",", -1)) {
        int eq = element.indexOf('=');
        if (eq <= 0) {
          return null;
        }
        String key = element.substring(0, eq).strip();
        String value = element.substring(eq + 1).strip();
        if (key.equals("t")) {
          if (timestamp != null || !TIMESTAMP.matcher(value).matches()) {
            return null;
          }
          timestamp = value;
        } else if (key.equals("v1")) {
          if (!V1.matcher(value).matches()) {
            return null;
          }
          signatures.add(value);
        }
      }
      if (timestamp == null || signatures.isEmpty()) {
        return null;
      }
      return new Parsed(Long.parseLong(timestamp), signatures);
    }
  }
}
