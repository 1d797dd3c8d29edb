package dev.frontdesk.plugins.email;

import java.util.List;

/**
 * What the plugin takes from one inbound email.
 *
 * @param messageId the bare Message-ID, or a stable hash of the message when it has none
 * @param references References then In-Reply-To, oldest first, without duplicates
 * @param text the new text, quoted previous message cut; may be empty
 * @param skipped human-readable notes about attachments left out
 */
record ParsedEmail(
    String fromAddress,
    String fromName,
    String subject,
    String messageId,
    String inReplyTo,
    List<String> references,
    String text,
    List<Attachment> attachments,
    List<String> skipped) {

  ParsedEmail {
    references = List.copyOf(references);
    attachments = List.copyOf(attachments);
    skipped = List.copyOf(skipped);
  }

  record Attachment(String name, String contentType, byte[] data) {}
}
