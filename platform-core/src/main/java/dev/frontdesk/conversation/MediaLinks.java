package dev.frontdesk.conversation;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.attachments.Attachment;
import dev.frontdesk.attachments.AttachmentKind;
import dev.frontdesk.attachments.Attachments;
import dev.frontdesk.attachments.FileLinks;
import dev.frontdesk.attachments.Uploader;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Joins file-carrying messages to their uploads: on the way in, checks the upload may be sent in this message and
 * fills in what was checked about it; on the way out, adds a fresh signed download link.
 */
@ApplicationScoped
public class MediaLinks {

  @Inject Attachments attachments;
  @Inject FileLinks links;

  /** What readers get for a file-carrying message; other content is shown as stored. */
  public record MediaView(UUID attachmentId, String name, String contentType, Long size, String url) {}

  public Object present(MessageContent content) {
    if (!(content instanceof MessageContent.Media media)) {
      return content;
    }
    return new MediaView(
        media.attachmentId(), media.name(), media.contentType(), media.size(),
        links.url(TenantContext.currentOrNone(), media.attachmentId()));
  }

  /**
   * The message's content with the upload's name, type and size, once the sender may send that upload as this
   * type of message: it must be their own upload, of a kind that fits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public MessageContent.Media resolve(MessageContent.Media media, Sender sender, UUID sessionId) {
    Attachment a = attachments.useInMessage(media.attachmentId(), uploaderOf(sender), sessionId);
    if (!fits(media.type(), a.kind())) {
      throw ProblemException.invalid(
          "content.attachmentId",
          "was uploaded as " + a.kind().id() + ", so it cannot be sent as a " + media.type().apiName()
              + " message; send it as " + a.kind().id() + " (or as a file)");
    }
    return new MessageContent.Media(media.type(), a.id(), a.name(), a.contentType(), a.size());
  }

  /** A file message takes any upload; the other types take only their own kind. */
  static boolean fits(MessageType type, AttachmentKind kind) {
    return switch (type) {
      case FILE -> kind != AttachmentKind.AVATAR;
      case IMAGE -> kind == AttachmentKind.IMAGE;
      case VIDEO -> kind == AttachmentKind.VIDEO;
      case VOICE -> kind == AttachmentKind.VOICE;
      case STICKER -> kind == AttachmentKind.STICKER;
      default -> false;
    };
  }

  private static Uploader uploaderOf(Sender sender) {
    return switch (sender.type()) {
      case CUSTOMER -> Uploader.customer(sender.id());
      case SERVICER -> Uploader.member(sender.id());
      case API -> new Uploader(Uploader.Type.API, sender.id());
      case ASSISTANT, SYSTEM ->
          throw ProblemException.invalid("type", "files can be sent by customers, staff and API clients only");
    };
  }
}
