package dev.frontdesk.spi;

import java.util.List;
import java.util.Objects;

/**
 * Answers sessions in the assistant state (1) of the CS accounts it is enabled for. Each customer message in
 * such a session is one {@link Turn}; the reply is either an answer (the session stays with the assistant) or a
 * hand-off (the session goes to the account's reception: a servicer or the queue). A call that fails or times
 * out hands off too, so customers never wait on a broken assistant.
 */
public interface AssistantPlugin extends Extension {

  Reply answer(Binding binding, Turn turn) throws Exception;

  /**
   * One customer message to the assistant.
   *
   * @param turn 1 for the first customer message the assistant sees in this session, then 2, 3...
   * @param history the session's earlier messages, oldest first, at most the last 20
   */
  record Turn(
      String sessionId, String accountId, String customerId, Content message, int turn, List<Said> history) {
    public Turn {
      Objects.requireNonNull(message, "message");
      history = List.copyOf(history);
    }
  }

  /** An earlier message: {@code fromCustomer} false for the business side (assistant, agents, system). */
  record Said(boolean fromCustomer, Content content) {}

  /** What the assistant does with a turn. */
  sealed interface Reply permits Answer, HandOff {}

  /**
   * Messages to send, and whether the turn counts as answered. A "did you mean" menu is {@code answered =
   * false}: platforms report the two apart.
   */
  record Answer(List<Content> messages, boolean answered) implements Reply {
    public Answer {
      messages = List.copyOf(messages);
      if (messages.isEmpty()) {
        throw new IllegalArgumentException("an answer needs at least one message");
      }
    }

    public static Answer of(Content message) {
      return new Answer(List.of(message), true);
    }
  }

  /**
   * Hands the session to a human. {@code reason} is a short code agents and reports see ({@code
   * "low_confidence"}, {@code "asked_for_human"}, {@code "unanswered_turns"}); {@code message} is said to the
   * customer first, if not null.
   */
  record HandOff(String reason, Content message) implements Reply {
    public HandOff {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
