package dev.frontdesk.plugins;

import dev.frontdesk.api.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jar in an upload: the raw body, or the {@code file} part of a {@code multipart/form-data} body (what a
 * browser form or {@code curl -F file=@plugin.jar} sends).
 */
final class JarUpload {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]{1,70})\\1", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_PART = Pattern.compile("name=\"?file\"?", Pattern.CASE_INSENSITIVE);

  private JarUpload() {}

  static byte[] read(String contentType, InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes((int) PluginArchive.MAX_BYTES + 64 * 1024);
    } catch (IOException e) {
      throw ProblemException.badRequest("The upload broke off: " + e.getMessage());
    }
    if (bytes.length > PluginArchive.MAX_BYTES + 32 * 1024) {
      throw new ProblemException(413, "too-large", "Upload too large",
          "A plugin jar may have at most " + PluginArchive.MAX_BYTES / (1024 * 1024) + " MB.");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/form-data") ? filePart(contentType, bytes) : bytes;
  }

  private static byte[] filePart(String contentType, byte[] body) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw ProblemException.badRequest("The multipart upload has no boundary.");
    }
    byte[] delimiter = ("--" + m.group(2)).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int headersStart = at + delimiter.length + 2; // the CRLF after the delimiter
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersEnd < 0) {
        break;
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
      int next = indexOf(body, ("\r\n--" + m.group(2)).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
      if (next < 0) {
        break;
      }
      if (FILE_PART.matcher(headers).find()) {
        return Arrays.copyOfRange(body, headersEnd + 4, next);
      }
      at = next + 2;
    }
    throw ProblemException.invalid("file", "send the plugin jar in a form field named file");
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
