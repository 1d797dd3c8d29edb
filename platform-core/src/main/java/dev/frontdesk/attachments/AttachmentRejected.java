package dev.frontdesk.attachments;

/**
 * Bytes a message type does not take. The message is written for the person who sent the file; the reason lets
 * the API pick the status (413 for too large, 415 for the wrong type).
 */
public class AttachmentRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public enum Reason {
    TOO_LARGE,
    WRONG_TYPE,
    EMPTY
  }

  private final Reason reason;

  public AttachmentRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
