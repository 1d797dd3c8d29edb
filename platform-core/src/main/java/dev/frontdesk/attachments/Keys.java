package dev.frontdesk.attachments;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Object keys: {@code <tenant>/<ab>/<cd>/<uuid>}, where ab and cd are the UUID's first hex digits so that no
 * directory grows too large. Only keys of exactly this shape are accepted back, which rules out "..", absolute
 * paths and anything else a caller might smuggle in.
 */
final class Keys {

  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern KEY =
      Pattern.compile("[A-Za-z0-9-]{1,64}/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  private Keys() {}

  static String newKey(String tenantId) {
    if (tenantId == null || !TENANT.matcher(tenantId).matches()) {
      throw new IllegalArgumentException("tenant id must be 1-64 letters, digits or dashes");
    }
    String id = UUID.randomUUID().toString(); // random (SecureRandom), so keys cannot be guessed
    return tenantId + "/" + id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
  }

  static String requireValid(String key) {
    if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
      throw new IllegalArgumentException("not an attachment key");
    }
    return key;
  }
}
