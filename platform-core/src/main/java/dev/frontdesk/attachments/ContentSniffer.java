package dev.frontdesk.attachments;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a file's media type from its first bytes. Names and client-declared types are easy to fake and would let
 * someone pass an HTML page off as a picture, so only the magic numbers count.
 */
public final class ContentSniffer {

  /** How many leading bytes {@link #sniff} looks at; more are ignored. */
  public static final int HEAD_BYTES = 64;

  /** ISO base media (ftyp) brands of plain MP4 video. Other brands are images (HEIC, AVIF) or phone formats. */
  private static final Set<String> MP4_BRANDS =
      Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V ", "MSNV");

  private static final Set<String> AUDIO_MP4_BRANDS = Set.of("M4A ", "M4B ");

  private ContentSniffer() {}

  /** The media type the bytes start like, or empty when they match nothing known. */
  public static Optional<String> sniff(byte[] head) {
    return Optional.ofNullable(detect(head == null ? new byte[0] : head));
  }

  private static String detect(byte[] b) {
    if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
      return "image/gif";
    }
    if (ascii(b, 0, "RIFF")) {
      return riff(b);
    }
    if (isBmp(b)) {
      return "image/bmp";
    }
    if (ascii(b, 4, "ftyp")) {
      return isoMedia(b);
    }
    if (ascii(b, 4, "moov") || ascii(b, 4, "mdat") || ascii(b, 4, "wide")) {
      return "video/quicktime"; // classic QuickTime files open with a movie atom instead of ftyp
    }
    if (starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
      return contains(b, "webm") ? "video/webm" : "video/x-matroska"; // EBML header, DocType says which
    }
    if (ascii(b, 0, "OggS")) {
      return contains(b, "theora") ? "video/ogg" : "audio/ogg";
    }
    if (ascii(b, 0, "#!AMR-WB\n")) {
      return "audio/amr-wb";
    }
    if (ascii(b, 0, "#!AMR\n")) {
      return "audio/amr";
    }
    if (ascii(b, 0, "ID3") || isMpegAudioFrame(b)) {
      return "audio/mpeg";
    }
    if (ascii(b, 0, "%PDF-")) {
      return "application/pdf";
    }
    if (starts(b, 0, 'P', 'K', 3, 4) || starts(b, 0, 'P', 'K', 5, 6) || starts(b, 0, 'P', 'K', 7, 8)) {
      return "application/zip";
    }
    if (starts(b, 0, 0x7F, 'E', 'L', 'F')) {
      return "application/x-elf";
    }
    if (looksLikeText(b)) {
      return "text/plain";
    }
    // Programs are recognised so refusals can say what they are; "MZ" alone is text-like, hence checked last.
    return ascii(b, 0, "MZ") && b.length >= 64 ? "application/x-msdownload" : null;
  }

  private static String riff(byte[] b) {
    if (ascii(b, 8, "WEBP")) {
      return "image/webp";
    }
    if (ascii(b, 8, "WAVE")) {
      return "audio/wav";
    }
    if (ascii(b, 8, "AVI ")) {
      return "video/x-msvideo";
    }
    return null;
  }

  /** "BM" alone is too weak (plenty of text starts so); the reserved words and the DIB header size must fit too. */
  private static boolean isBmp(byte[] b) {
    if (!ascii(b, 0, "BM") || b.length < 18 || (b[6] | b[7] | b[8] | b[9]) != 0) {
      return false;
    }
    int dibSize = (b[14] & 0xFF) | (b[15] & 0xFF) << 8 | (b[16] & 0xFF) << 16 | (b[17] & 0xFF) << 24;
    return Set.of(12, 40, 52, 56, 64, 108, 124).contains(dibSize);
  }

  /** MP4 family: the major brand decides, then the compatible brands listed in the same ftyp box. */
  private static String isoMedia(byte[] b) {
    String major = text(b, 8, 4);
    if (AUDIO_MP4_BRANDS.contains(major)) {
      return "audio/mp4";
    }
    if ("qt  ".equals(major)) {
      return "video/quicktime";
    }
    if (MP4_BRANDS.contains(major)) {
      return "video/mp4";
    }
    if ("heic".equals(major) || "heix".equals(major)) {
      return "image/heic";
    }
    if ("avif".equals(major)) {
      return "image/avif";
    }
    int boxEnd = Math.min(b.length, (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF));
    for (int i = 16; i + 4 <= boxEnd; i += 4) {
      if (MP4_BRANDS.contains(text(b, i, 4))) {
        return "video/mp4";
      }
    }
    return null;
  }

  /** An MPEG audio frame header (MP3 without ID3 tag): 11 sync bits, then no reserved version, layer or rate. */
  private static boolean isMpegAudioFrame(byte[] b) {
    if (b.length < 3 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xE0) != 0xE0) {
      return false;
    }
    int version = (b[1] >> 3) & 3;
    int layer = (b[1] >> 1) & 3;
    int bitrate = (b[2] >> 4) & 0xF;
    int sampleRate = (b[2] >> 2) & 3;
    return version != 1 && layer != 0 && bitrate != 0 && bitrate != 0xF && sampleRate != 3;
  }

  /**
   * UTF-8 without control characters other than tab, line breaks and form feed. Served as text/plain, which
   * browsers never run.
   */
  private static boolean looksLikeText(byte[] b) {
    int end = Math.min(b.length, HEAD_BYTES);
    if (end == 0) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    // A full head may end in the middle of a character; judge only the characters that are complete.
    int complete = end;
    if (b.length >= HEAD_BYTES) {
      int lead = end - 1;
      while (lead > 0 && lead > end - 4 && (b[lead] & 0xC0) == 0x80) {
        lead--;
      }
      int c = b[lead] & 0xFF;
      int width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      if (end - lead < width) {
        complete = lead;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, 0, complete));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean starts(byte[] b, int offset, int... expected) {
    if (b.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(byte[] b, int offset, String expected) {
    return starts(b, offset, expected.chars().toArray());
  }

  private static String text(byte[] b, int offset, int length) {
    return b.length < offset + length ? "" : new String(b, offset, length, StandardCharsets.ISO_8859_1);
  }

  private static boolean contains(byte[] b, String needle) {
    return text(b, 0, Math.min(b.length, HEAD_BYTES)).contains(needle);
  }
}
