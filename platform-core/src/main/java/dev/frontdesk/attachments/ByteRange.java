package dev.frontdesk.attachments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of bytes a client asked for ({@code Range: bytes=0-1023}, {@code bytes=500-}, {@code bytes=-500}).
 * Media players seek with these; Safari plays no video without them. Several ranges in one request are served
 * as the whole file, which RFC 9110 allows.
 */
public record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  /** The outcome of reading a Range header against a file of a known size. */
  public sealed interface Request {}

  /** Serve the whole file (no header, several ranges, or a header we do not understand). */
  public record Whole() implements Request {}

  /** Serve this part with 206. */
  public record Part(ByteRange range) implements Request {}

  /** Nothing of the file lies in the range: 416. */
  public record Unsatisfiable() implements Request {}

  public long length() {
    return last - first + 1;
  }

  /** The {@code Content-Range} value for this part of a file of {@code size} bytes. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  public static Request of(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return new Whole();
    }
    if (m.group(1).isEmpty()) { // the last n bytes
      long n = Long.parseLong(m.group(2));
      return n == 0 || size == 0 ? new Unsatisfiable() : new Part(new ByteRange(Math.max(0, size - n), size - 1));
    }
    long first = Long.parseLong(m.group(1));
    long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
    if (last < first) {
      return new Whole(); // syntactically invalid: ignore the header
    }
    if (first >= size) {
      return new Unsatisfiable();
    }
    return new Part(new ByteRange(first, Math.min(last, size - 1)));
  }
}
