package dev.frontdesk.plugins.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs as kept by the plugin: bare {@code left@right}, without angle brackets or folding whitespace, so
 * that the same id written by different mailers compares equal.
 */
final class MessageIds {

  private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

  private MessageIds() {}

  /** The ids in a header value (References, In-Reply-To), in order; text outside brackets is ignored. */
  static List<String> parse(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher m = BRACKETED.matcher(header);
    while (m.find()) {
      ids.add(m.group(1));
    }
    if (ids.isEmpty() && !header.isBlank() && !header.trim().contains(" ")) {
      ids.add(header.trim()); // some mailers omit the brackets
    }
    return ids;
  }

  /** One id, or null when the header holds none. */
  static String first(String header) {
    List<String> ids = parse(header);
    return ids.isEmpty() ? null : ids.get(0);
  }

  static String bracketed(String id) {
    return "<" + id + ">";
  }

  static String bracketed(List<String> ids) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(bracketed(id));
    }
    return out.toString();
  }

  static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
