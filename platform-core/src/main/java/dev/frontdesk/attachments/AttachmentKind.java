package dev.frontdesk.attachments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The message types that carry a file, each with the media types it takes and its size limit. */
public enum AttachmentKind {
  IMAGE("images", "PNG, JPEG, GIF or WebP", 10, "image/png", "image/jpeg", "image/gif", "image/webp"),
  VIDEO("videos", "MP4, WebM or QuickTime video", 10, "video/mp4", "video/webm", "video/quicktime"),
  // Browsers record voice as WebM; an audio-only WebM starts exactly like a video one, so both are taken.
  VOICE(
      "voice messages",
      "AMR, MP3, OGG, WAV, M4A or WebM audio",
      2,
      "audio/amr",
      "audio/amr-wb",
      "audio/mpeg",
      "audio/ogg",
      "audio/wav",
      "audio/mp4",
      "audio/webm",
      "video/webm"),
  FILE("files", "any type", 20),
  STICKER("stickers", "PNG, GIF or WebP", 1, "image/png", "image/gif", "image/webp"),
  AVATAR("avatars", "PNG, JPEG or WebP", 2, "image/png", "image/jpeg", "image/webp");

  /** What a file whose bytes match nothing known is stored and served as. */
  public static final String UNKNOWN_TYPE = "application/octet-stream";

  /** Sniffed types a kind serves under another name: a voice note is audio even in a video container. */
  private static final Map<String, String> VOICE_ALIASES = Map.of("video/webm", "audio/webm");

  private final String plural;
  private final String formats;
  private final long maxBytes;
  private final Set<String> types;

  AttachmentKind(String plural, String formats, int maxMib, String... types) {
    this.plural = plural;
    this.formats = formats;
    this.maxBytes = maxMib * Sizes.MIB;
    this.types = Set.of(types);
  }

  /** The lowercase name clients use, e.g. "voice". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The sniffed types this kind takes; empty for {@link #FILE}, which takes anything. */
  public Set<String> acceptedTypes() {
    return types;
  }

  /**
   * The media type to store and serve the bytes as.
   *
   * @param sniffedType what {@link ContentSniffer} made of the bytes, or null when it knew nothing
   * @param size the number of bytes
   * @throws AttachmentRejected when the bytes are empty, too many or of a type this kind does not take
   */
  public String check(String sniffedType, long size) {
    if (size < 0) {
      throw new IllegalArgumentException("size " + size);
    }
    if (size == 0) {
      throw new AttachmentRejected(AttachmentRejected.Reason.EMPTY, "the file is empty");
    }
    if (size > maxBytes) {
      throw new AttachmentRejected(
          AttachmentRejected.Reason.TOO_LARGE,
          plural + " may be at most " + Sizes.mib(maxBytes) + "; this one is " + Sizes.mib(size));
    }
    if (this == FILE) {
      return sniffedType == null ? UNKNOWN_TYPE : sniffedType;
    }
    if (sniffedType == null || !types.contains(sniffedType)) {
      String seen = sniffedType == null ? "are of no type we recognise" : "look like " + sniffedType;
      throw new AttachmentRejected(
          AttachmentRejected.Reason.WRONG_TYPE, plural + " must be " + formats + "; these bytes " + seen);
    }
    return this == VOICE ? VOICE_ALIASES.getOrDefault(sniffedType, sniffedType) : sniffedType;
  }

  /** The kind with the given lowercase name ("image", "voice", ...). */
  public static AttachmentKind fromName(String name) {
    return Arrays.stream(values())
        .filter(k -> k.id().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown attachment kind '"
                        + name
                        + "'; valid kinds are "
                        + Arrays.stream(values()).map(AttachmentKind::id).collect(Collectors.joining(", "))));
  }
}
