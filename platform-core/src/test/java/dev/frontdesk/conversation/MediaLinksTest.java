package dev.frontdesk.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.attachments.AttachmentKind;
import org.junit.jupiter.api.Test;

class MediaLinksTest {

  @Test
  void eachMediaTypeTakesItsOwnKindAndFilesTakeAnyUpload() {
    assertTrue(MediaLinks.fits(MessageType.IMAGE, AttachmentKind.IMAGE));
    assertTrue(MediaLinks.fits(MessageType.VOICE, AttachmentKind.VOICE));
    assertTrue(MediaLinks.fits(MessageType.STICKER, AttachmentKind.STICKER));
    assertTrue(MediaLinks.fits(MessageType.VIDEO, AttachmentKind.VIDEO));
    assertFalse(MediaLinks.fits(MessageType.IMAGE, AttachmentKind.FILE), "a file may be anything, so no image");
    assertFalse(MediaLinks.fits(MessageType.STICKER, AttachmentKind.IMAGE), "stickers have their own limits");
    assertTrue(MediaLinks.fits(MessageType.FILE, AttachmentKind.IMAGE), "an image may be sent as a file");
    assertFalse(MediaLinks.fits(MessageType.FILE, AttachmentKind.AVATAR), "avatars are not for messages");
    assertFalse(MediaLinks.fits(MessageType.TEXT, AttachmentKind.FILE));
  }
}
