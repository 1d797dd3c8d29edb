package dev.frontdesk.attachments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * File names as people give them: cleaned for storage and for the {@code Content-Disposition} header, and held
 * against the bytes, so that {@code invoice.pdf} that is really a program is refused instead of passed on.
 */
public final class FileNames {

  static final int MAX_LENGTH = 200;

  /** Extensions whose formats {@link ContentSniffer} recognises reliably, and what their bytes must look like. */
  private static final Map<String, Family> FAMILIES = families();

  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(
          Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"),
          Map.entry("image/webp", "webp"), Map.entry("image/bmp", "bmp"), Map.entry("video/mp4", "mp4"),
          Map.entry("video/webm", "webm"), Map.entry("video/quicktime", "mov"), Map.entry("audio/mpeg", "mp3"),
          Map.entry("audio/ogg", "ogg"), Map.entry("audio/wav", "wav"), Map.entry("audio/amr", "amr"),
          Map.entry("audio/amr-wb", "awb"), Map.entry("audio/mp4", "m4a"), Map.entry("audio/webm", "webm"),
          Map.entry("application/pdf", "pdf"), Map.entry("application/zip", "zip"), Map.entry("text/plain", "txt"));

  private record Family(String label, Predicate<String> accepts) {}

  private FileNames() {}

  /**
   * The name to keep: the last path segment, without control characters, at most {@value #MAX_LENGTH} characters;
   * when nothing is left, the kind and the extension of the type ({@code image.png}).
   */
  public static String clean(String given, AttachmentKind kind, String contentType) {
    String name = given == null ? "" : given;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .forEach(kept::appendCodePoint);
    name = kept.toString().strip();
    while (name.startsWith(".")) {
      name = name.substring(1); // no hidden files, no ".." on a user's disk
    }
    if (name.isBlank()) {
      String extension = EXTENSIONS.get(contentType);
      return kind.id() + (extension == null ? "" : "." + extension);
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
    }
    return name;
  }

  /**
   * Why the bytes do not fit the name's extension, or empty when they do or when the extension is one whose
   * content cannot be told from its bytes (text, office formats other than zip-based ones, unknown ones).
   *
   * @param sniffedType what {@link ContentSniffer} made of the bytes, or null
   */
  public static Optional<String> mismatch(String name, String sniffedType) {
    String extension = extension(name);
    Family family = FAMILIES.get(extension);
    if (family == null || (sniffedType != null && family.accepts().test(sniffedType))) {
      return Optional.empty();
    }
    String seen = sniffedType == null ? "are of no type we recognise" : "look like " + describe(sniffedType);
    return Optional.of(
        "the name '" + name + "' says " + family.label() + ", but its bytes " + seen
            + "; send the file under its real name");
  }

  /** {@code inline} or {@code attachment} with the name, plain ASCII and RFC 5987 UTF-8, safe for a header. */
  public static String disposition(boolean inline, String name) {
    StringBuilder ascii = new StringBuilder();
    for (char c : name.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
    }
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  static String extension(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String describe(String type) {
    if (type.equals("application/x-msdownload")) {
      return "a Windows program (" + type + ")";
    }
    if (type.equals("application/x-elf")) {
      return "a Linux program (" + type + ")";
    }
    return type;
  }

  private static Map<String, Family> families() {
    Family image = new Family("an image", t -> t.startsWith("image/"));
    Family video = new Family("a video", t -> t.startsWith("video/"));
    // Audio in WebM or Ogg containers sniffs as the container's video type.
    Family audio =
        new Family("audio", t -> t.startsWith("audio/") || t.equals("video/webm") || t.equals("video/ogg"));
    Family pdf = new Family("a PDF document", "application/pdf"::equals);
    Family zip = new Family("a zip-based document", "application/zip"::equals);
    Map<String, Family> map = new java.util.HashMap<>();
    for (String e : Set.of("png", "jpg", "jpeg", "jpe", "gif", "webp", "bmp", "heic", "heif", "avif")) {
      map.put(e, image);
    }
    for (String e : Set.of("mp4", "m4v", "mov", "qt", "avi", "mkv")) {
      map.put(e, video);
    }
    map.put("webm", new Family("audio or video", t -> t.equals("video/webm") || t.equals("audio/webm")));
    for (String e : Set.of("mp3", "m4a", "ogg", "oga", "opus", "wav", "amr", "awb", "weba")) {
      map.put(e, audio);
    }
    map.put("pdf", pdf);
    for (String e : Set.of("zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub", "jar", "apk")) {
      map.put(e, zip);
    }
    return Map.copyOf(map);
  }
}
