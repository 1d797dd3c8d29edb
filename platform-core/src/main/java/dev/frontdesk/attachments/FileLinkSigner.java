package dev.frontdesk.attachments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs and checks download links: {@code exp} (epoch seconds) and {@code sig}, an HMAC over the tenant, the
 * attachment and the expiry. Links work without a bearer token, so {@code <img src>} can use them, and the tenant
 * they name is trusted only because the signature says so. Expiries are rounded up to a step, so a file's link
 * stays the same for a while and browsers can cache it.
 */
public final class FileLinkSigner {

  /** The outcome of checking a link. */
  public enum Verdict {
    VALID,
    EXPIRED,
    BAD_SIGNATURE
  }

  /** A download link's path and query as {@link FileLinks#url} writes them (JSON leaves them unescaped). */
  private static final Pattern LINK =
      Pattern.compile("/api/v1/files/([0-9a-f-]{36})/([0-9a-f-]{36})\\?exp=[0-9]+&sig=[A-Za-z0-9_-]+");

  private final UnaryOperator<String> mac;
  private final long ttlSeconds;
  private final long stepSeconds;

  /**
   * @param mac signs a string, e.g. HMAC-SHA256 under a server key, URL-safe base64
   * @param ttl how long a link works at least
   * @param step expiries are rounded up to a multiple of this; a link works at most {@code ttl + step}
   */
  public FileLinkSigner(UnaryOperator<String> mac, Duration ttl, Duration step) {
    if (ttl.isNegative() || ttl.isZero() || step.getSeconds() < 1) {
      throw new IllegalArgumentException("the link lifetime must be positive and the step at least a second");
    }
    this.mac = mac;
    this.ttlSeconds = ttl.getSeconds();
    this.stepSeconds = step.getSeconds();
  }

  /** When a link made at {@code now} stops working, in epoch seconds. */
  public long expiry(Instant now) {
    long earliest = now.getEpochSecond() + ttlSeconds;
    return Math.floorDiv(earliest + stepSeconds - 1, stepSeconds) * stepSeconds;
  }

  /** The query string of a link made at {@code now}: {@code exp=...&sig=...}. */
  public String query(UUID tenantId, UUID attachmentId, Instant now) {
    long exp = expiry(now);
    return "exp=" + exp + "&sig=" + mac.apply(data(tenantId, attachmentId, exp));
  }

  /**
   * {@code text} with the query of every link to one of the tenant's files replaced by one made at {@code now}.
   * Links naming another tenant stay as they are: a payload cannot earn a valid link to someone else's file.
   */
  public String refresh(UUID tenantId, String text, Instant now) {
    if (text == null || !text.contains("/api/v1/files/")) {
      return text;
    }
    String tenant = tenantId.toString();
    Matcher m = LINK.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String link = m.group();
      if (m.group(1).equals(tenant)) {
        link = "/api/v1/files/" + tenant + "/" + m.group(2) + "?" + query(tenantId, UUID.fromString(m.group(2)), now);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(link));
    }
    m.appendTail(out);
    return out.toString();
  }

  public Verdict check(UUID tenantId, UUID attachmentId, String exp, String sig, Instant now) {
    if (exp == null || sig == null || exp.length() > 19 || sig.length() > 100) {
      return Verdict.BAD_SIGNATURE;
    }
    long expiry;
    try {
      expiry = Long.parseLong(exp);
    } catch (NumberFormatException e) {
      return Verdict.BAD_SIGNATURE;
    }
    byte[] expected = mac.apply(data(tenantId, attachmentId, expiry)).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
      return Verdict.BAD_SIGNATURE;
    }
    return now.getEpochSecond() >= expiry ? Verdict.EXPIRED : Verdict.VALID;
  }

  static String data(UUID tenantId, UUID attachmentId, long exp) {
    return "file.v1/" + tenantId + "/" + attachmentId + "/" + exp;
  }
}
