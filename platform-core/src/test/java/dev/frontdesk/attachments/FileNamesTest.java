package dev.frontdesk.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void namesAreCleaned() {
    assertEquals("photo.png", FileNames.clean("C:\\Users\\mei\\photo.png", AttachmentKind.IMAGE, "image/png"));
    assertEquals("passwd", FileNames.clean("../../etc/passwd", AttachmentKind.FILE, "text/plain"));
    assertEquals("bashrc", FileNames.clean(".bashrc", AttachmentKind.FILE, "text/plain"));
    assertEquals("ab.txt", FileNames.clean("a\u0000b\r\n.txt", AttachmentKind.FILE, "text/plain"));
    assertEquals("invoice\u202e.pdf".replace("\u202e", ""), FileNames.clean("invoice\u202e.pdf", AttachmentKind.FILE,
        "application/pdf"), "no right-to-left override to disguise an extension");
    assertEquals("报价单.pdf", FileNames.clean("报价单.pdf", AttachmentKind.FILE, "application/pdf"));
    assertEquals("image.png", FileNames.clean("  ", AttachmentKind.IMAGE, "image/png"));
    assertEquals("voice.webm", FileNames.clean(null, AttachmentKind.VOICE, "audio/webm"));
    assertEquals("file", FileNames.clean("/", AttachmentKind.FILE, "application/octet-stream"));
    assertEquals(FileNames.MAX_LENGTH, FileNames.clean("x".repeat(500), AttachmentKind.FILE, "text/plain").length());
  }

  @Test
  void anExtensionMustFitTheBytesWhenTheBytesCanTell() {
    assertEquals(Optional.empty(), FileNames.mismatch("photo.png", "image/png"));
    assertEquals(Optional.empty(), FileNames.mismatch("photo.JPG", "image/png"), "another image format is fine");
    assertEquals(Optional.empty(), FileNames.mismatch("note.webm", "video/webm"));
    assertEquals(Optional.empty(), FileNames.mismatch("report.docx", "application/zip"));
    assertEquals(Optional.empty(), FileNames.mismatch("data.csv", null), "text formats cannot be told by bytes");
    assertEquals(Optional.empty(), FileNames.mismatch("setup.exe", "application/x-msdownload"));
    assertEquals(Optional.empty(), FileNames.mismatch("README", null));

    String exe = FileNames.mismatch("photo.png", "application/x-msdownload").orElseThrow();
    assertTrue(exe.contains("photo.png") && exe.contains("an image") && exe.contains("Windows program"), exe);
    String unknown = FileNames.mismatch("invoice.pdf", null).orElseThrow();
    assertTrue(unknown.contains("no type we recognise"), unknown);
    assertTrue(FileNames.mismatch("song.mp3", "text/plain").isPresent());
  }

  @Test
  void dispositionHeadersAreSafe() {
    assertEquals("inline; filename=\"photo.png\"; filename*=UTF-8''photo.png", FileNames.disposition(true, "photo.png"));
    assertEquals(
        "attachment; filename=\"a_b_ c.pdf\"; filename*=UTF-8''a%22b%3B%20c.pdf",
        FileNames.disposition(false, "a\"b; c.pdf"));
    assertEquals("attachment; filename=\"___.pdf\"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf",
        FileNames.disposition(false, "报价单.pdf"));
  }
}
