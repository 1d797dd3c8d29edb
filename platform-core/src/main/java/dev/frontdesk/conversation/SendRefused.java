package dev.frontdesk.conversation;

import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;

/** A business message the send window does not allow. */
public final class SendRefused {

  private SendRefused() {}

  static ProblemException of(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_BASE + "send-window", "Send window closed", 422, detail, null, null));
  }
}
