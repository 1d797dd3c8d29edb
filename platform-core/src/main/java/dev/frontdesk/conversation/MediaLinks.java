package dev.frontdesk.conversation;

import jakarta.enterprise.context.ApplicationScoped;

/** Presents message content to readers; file-carrying content gets a download link. */
@ApplicationScoped
public class MediaLinks {

  public Object present(MessageContent content) {
    return content;
  }

  /** Checks a file-carrying message's attachment and fills in its name, type and size. */
  public MessageContent resolve(MessageType type, MessageContent.Media media) {
    throw dev.frontdesk.api.ProblemException.badRequest("File messages are not available yet.");
  }
}
