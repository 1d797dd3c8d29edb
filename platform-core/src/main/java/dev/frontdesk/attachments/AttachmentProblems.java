package dev.frontdesk.attachments;

import dev.frontdesk.api.ProblemException;

/** Refused uploads as problem details: 413 too large, 415 wrong type, 400 empty. */
final class AttachmentProblems {

  private AttachmentProblems() {}

  static ProblemException of(AttachmentRejected e) {
    String detail = capitalized(e.getMessage()) + ".";
    return switch (e.reason()) {
      case TOO_LARGE -> new ProblemException(413, "attachment-too-large", "File too large", detail);
      case WRONG_TYPE -> wrongType(detail);
      case EMPTY -> new ProblemException(400, "attachment-empty", "Empty file", detail);
    };
  }

  static ProblemException wrongType(String detail) {
    return new ProblemException(415, "attachment-type", "File type not accepted", capitalized(detail));
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
