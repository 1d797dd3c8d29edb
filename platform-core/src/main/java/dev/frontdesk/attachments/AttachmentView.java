package dev.frontdesk.attachments;

import java.time.Instant;
import java.util.UUID;

/** An upload as the API returns it; {@code url} is a signed download link that expires. */
public record AttachmentView(
    UUID id, String kind, String contentType, long size, String name, String url, Instant createdAt) {

  static AttachmentView of(Attachment a, String url) {
    return new AttachmentView(a.id(), a.kind().id(), a.contentType(), a.size(), a.name(), url, a.createdAt());
  }
}
