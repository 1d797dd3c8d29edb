package dev.frontdesk.developer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code /sync} cursor: opaque to clients (so its meaning may change), today the last feed number they have
 * seen, Base64url-encoded with a version prefix.
 */
public final class SyncCursor {

  private static final String PREFIX = "f1:";

  private SyncCursor() {}

  public static String encode(long feedSeq) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((PREFIX + feedSeq).getBytes(StandardCharsets.US_ASCII));
  }

  /** The feed number a cursor stands for; 0 (the beginning) for none. */
  public static long decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        long seq = Long.parseLong(text.substring(PREFIX.length()));
        if (seq >= 0) {
          return seq;
        }
      }
    } catch (IllegalArgumentException e) {
      // NumberFormatException included: falls through to the refusal.
    }
    throw new IllegalArgumentException("not a cursor this server gave out; start without one");
  }
}
