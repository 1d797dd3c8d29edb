package dev.frontdesk.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  /** Builds test heads from ints (bytes) and strings (their ASCII), padded with zeros to {@code length}. */
  private static byte[] bytes(int length, Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof Integer i) {
        out.write(i);
      } else {
        out.writeBytes(((String) part).getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    byte[] b = out.toByteArray();
    return b.length >= length ? b : Arrays.copyOf(b, length);
  }

  private static String sniff(byte[] head) {
    return ContentSniffer.sniff(head).orElse(null);
  }

  @Test
  void images() {
    assertEquals("image/png", sniff(bytes(16, 0x89, "PNG", 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, "IHDR")));
    assertEquals("image/jpeg", sniff(bytes(8, 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, "JFIF")));
    assertEquals("image/gif", sniff(bytes(10, "GIF89a")));
    assertEquals("image/gif", sniff(bytes(10, "GIF87a")));
    assertEquals("image/webp", sniff(bytes(16, "RIFF", 0x24, 0, 0, 0, "WEBPVP8 ")));
    assertEquals("image/bmp", sniff(bytes(30, "BM", 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0)));
    assertEquals("text/plain", sniff(bytes(0, "BMW owners club\n")), "text that starts with BM is no bitmap");
  }

  @Test
  void isoMediaByBrand() {
    assertEquals("video/mp4", sniff(bytes(32, 0, 0, 0, 0x20, "ftypisom", 0, 0, 2, 0, "isomiso2avc1mp41")));
    assertEquals("video/mp4", sniff(bytes(24, 0, 0, 0, 0x18, "ftypmp42", 0, 0, 0, 0, "mp42isom")));
    assertEquals("video/quicktime", sniff(bytes(20, 0, 0, 0, 0x14, "ftypqt  ", 0, 0, 0, 0, "qt  ")));
    assertEquals("video/quicktime", sniff(bytes(16, 0, 0, 0, 8, "wide", 0, 0, 0, 0, "mdat")));
    assertEquals("audio/mp4", sniff(bytes(28, 0, 0, 0, 0x1C, "ftypM4A ", 0, 0, 0, 0, "M4A isommp42")));
    assertEquals(
        "video/mp4", sniff(bytes(24, 0, 0, 0, 0x18, "ftypXAVC", 0, 0, 0, 0, "XAVCmp42")), "by compatible brand");
    assertEquals("image/heic", sniff(bytes(24, 0, 0, 0, 0x18, "ftypheic", 0, 0, 0, 0, "mif1heic")));
    assertEquals(null, sniff(bytes(24, 0, 0, 0, 0x18, "ftypzzzz", 0, 0, 0, 0, "zzzzyyyy")));
  }

  @Test
  void matroskaAndOgg() {
    byte[] ebml = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 1};
    assertEquals("video/webm", sniff(concat(ebml, bytes(0, 0x42, 0x82, 0x84, "webm"))));
    assertEquals("video/x-matroska", sniff(concat(ebml, bytes(0, 0x42, 0x82, 0x88, "matroska"))));
    assertEquals("audio/ogg", sniff(bytes(40, "OggS", 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0x13, "OpusHead")));
    assertEquals("video/ogg", sniff(bytes(40, "OggS", 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0x2A, 0x80, "theora")));
  }

  @Test
  void audio() {
    assertEquals("audio/mpeg", sniff(bytes(10, "ID3", 4, 0, 0, 0, 0, 0, 0)));
    assertEquals("audio/mpeg", sniff(bytes(4, 0xFF, 0xFB, 0x90, 0x64)), "MPEG-1 layer III frame");
    assertEquals(null, sniff(bytes(4, 0xFF, 0xFB, 0xF0, 0x64)), "bitrate index 15 is invalid");
    assertEquals("audio/wav", sniff(bytes(16, "RIFF", 0x24, 0, 0, 0, "WAVEfmt ")));
    assertEquals("audio/amr", sniff(bytes(0, "#!AMR\n", 0x3C)));
    assertEquals("audio/amr-wb", sniff(bytes(0, "#!AMR-WB\n", 0x04)));
  }

  @Test
  void documents() {
    assertEquals("application/pdf", sniff(bytes(0, "%PDF-1.7\n%", 0xE2, 0xE3)));
    assertEquals("application/zip", sniff(bytes(30, "PK", 3, 4, 20, 0)));
    assertEquals("application/zip", sniff(bytes(22, "PK", 5, 6)), "empty archive");
  }

  @Test
  void programsAreNamedSoRefusalsCanSaySo() {
    assertEquals("application/x-msdownload", sniff(bytes(64, "MZ", 0x90, 0, 3, 0, 0, 0, 4, 0)));
    assertEquals("application/x-elf", sniff(bytes(64, 0x7F, "ELF", 2, 1, 1)));
    assertEquals("text/plain", sniff(bytes(0, "MZ is a name, not a program")), "text that starts with MZ");
    assertEquals(null, sniff(bytes(8, "MZ", 0x90, 0)), "too short for a DOS header");
  }

  @Test
  void text() {
    assertEquals("text/plain", sniff("Hello, world!\r\n\tIndented".getBytes(StandardCharsets.UTF_8)));
    assertEquals("text/plain", sniff("Grüße, 日本語".getBytes(StandardCharsets.UTF_8)));
    byte[] cutInTwo = ("a".repeat(62) + "日本").getBytes(StandardCharsets.UTF_8);
    assertEquals("text/plain", sniff(cutInTwo), "a character cut off by the head still counts as text");
    byte[] shortAndCut = Arrays.copyOf("日本".getBytes(StandardCharsets.UTF_8), 4);
    assertEquals(null, sniff(shortAndCut), "a short head is the whole file, so nothing was cut off");
    assertEquals(null, sniff(bytes(0, "abc", 0, "def")), "NUL is binary");
    assertEquals(null, sniff(bytes(0, "abc", 0xC3, 0x28)), "invalid UTF-8");
    assertEquals(null, sniff(bytes(0, 0x80, "abc")), "a lone continuation byte is no cut-off character");
  }

  @Test
  void unknownOrEmpty() {
    assertEquals(Optional.empty(), ContentSniffer.sniff(new byte[0]));
    assertEquals(Optional.empty(), ContentSniffer.sniff(null));
    assertEquals(Optional.empty(), ContentSniffer.sniff(bytes(0, 0, 1, 2, 3, 4, 5, 6, 7)));
    assertEquals(Optional.empty(), ContentSniffer.sniff(bytes(0, "RIFF", 0, 0, 0, 0, "XXXX")));
  }

  @Test
  void onlyTheFirstBytesCount() {
    byte[] long_ = bytes(1000, "GIF89a");
    assertEquals("image/gif", sniff(long_));
    byte[] textThenBinary = bytes(0, "a".repeat(ContentSniffer.HEAD_BYTES), 0, 0);
    assertEquals("text/plain", sniff(textThenBinary));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
