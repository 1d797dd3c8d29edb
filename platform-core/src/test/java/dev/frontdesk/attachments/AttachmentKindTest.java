package dev.frontdesk.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentKindTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void acceptsItsTypesWithinItsLimit() {
    assertEquals("image/png", AttachmentKind.IMAGE.check("image/png", 10 * MIB));
    assertEquals("video/quicktime", AttachmentKind.VIDEO.check("video/quicktime", 1));
    assertEquals("audio/amr", AttachmentKind.VOICE.check("audio/amr", 2 * MIB));
    assertEquals("audio/mp4", AttachmentKind.VOICE.check("audio/mp4", 100));
    assertEquals("image/gif", AttachmentKind.STICKER.check("image/gif", MIB));
    assertEquals("image/jpeg", AttachmentKind.AVATAR.check("image/jpeg", MIB));
  }

  @Test
  void voiceInAWebmContainerIsServedAsAudio() {
    assertEquals("audio/webm", AttachmentKind.VOICE.check("video/webm", 1000));
    assertEquals("video/webm", AttachmentKind.VIDEO.check("video/webm", 1000));
  }

  @Test
  void filesTakeAnythingAndUnknownBytesAreOctetStreams() {
    assertEquals("application/pdf", AttachmentKind.FILE.check("application/pdf", 20 * MIB));
    assertEquals("image/png", AttachmentKind.FILE.check("image/png", 5));
    assertEquals("application/octet-stream", AttachmentKind.FILE.check(null, 5));
    assertTrue(AttachmentKind.FILE.acceptedTypes().isEmpty());
  }

  @Test
  void wrongTypesAreRejectedWithAReadableMessage() {
    AttachmentRejected e =
        assertThrows(AttachmentRejected.class, () -> AttachmentKind.VOICE.check("image/png", 1000));
    assertEquals(AttachmentRejected.Reason.WRONG_TYPE, e.reason());
    assertEquals(
        "voice messages must be AMR, MP3, OGG, WAV, M4A or WebM audio; these bytes look like image/png",
        e.getMessage());
    assertEquals(
        "stickers must be PNG, GIF or WebP; these bytes look like image/jpeg",
        assertThrows(AttachmentRejected.class, () -> AttachmentKind.STICKER.check("image/jpeg", 10)).getMessage());
    assertEquals(
        "images must be PNG, JPEG, GIF or WebP; these bytes are of no type we recognise",
        assertThrows(AttachmentRejected.class, () -> AttachmentKind.IMAGE.check(null, 10)).getMessage());
    assertThrows(AttachmentRejected.class, () -> AttachmentKind.AVATAR.check("image/gif", 10));
    assertThrows(AttachmentRejected.class, () -> AttachmentKind.IMAGE.check("image/bmp", 10));
  }

  @Test
  void oversizedFilesAreRejectedWithBothSizes() {
    AttachmentRejected e =
        assertThrows(
            AttachmentRejected.class, () -> AttachmentKind.IMAGE.check("image/png", (long) (12.3 * MIB)));
    assertEquals(AttachmentRejected.Reason.TOO_LARGE, e.reason());
    assertEquals("images may be at most 10 MiB; this one is 12.3 MiB", e.getMessage());
    assertEquals(
        "voice messages may be at most 2 MiB; this one is 2.1 MiB",
        assertThrows(AttachmentRejected.class, () -> AttachmentKind.VOICE.check("audio/ogg", 2 * MIB + 1))
            .getMessage(),
        "one byte over never reads as the limit itself");
    assertThrows(AttachmentRejected.class, () -> AttachmentKind.FILE.check(null, 20 * MIB + 1));
  }

  @Test
  void emptyFilesAreRejected() {
    assertEquals(
        AttachmentRejected.Reason.EMPTY,
        assertThrows(AttachmentRejected.class, () -> AttachmentKind.FILE.check(null, 0)).reason());
  }

  @Test
  void limits() {
    assertEquals(10 * MIB, AttachmentKind.IMAGE.maxBytes());
    assertEquals(10 * MIB, AttachmentKind.VIDEO.maxBytes());
    assertEquals(2 * MIB, AttachmentKind.VOICE.maxBytes());
    assertEquals(20 * MIB, AttachmentKind.FILE.maxBytes());
    assertEquals(MIB, AttachmentKind.STICKER.maxBytes());
    assertEquals(2 * MIB, AttachmentKind.AVATAR.maxBytes());
  }

  @Test
  void kindsByName() {
    for (AttachmentKind kind : AttachmentKind.values()) {
      assertEquals(kind, AttachmentKind.fromName(kind.id()));
    }
    assertEquals(AttachmentKind.VOICE, AttachmentKind.fromName("voice"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AttachmentKind.fromName("IMAGE"));
    assertEquals(
        "unknown attachment kind 'IMAGE'; valid kinds are image, video, voice, file, sticker, avatar", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AttachmentKind.fromName(null));
  }
}
