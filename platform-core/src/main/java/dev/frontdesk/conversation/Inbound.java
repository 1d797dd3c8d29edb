package dev.frontdesk.conversation;

import java.util.UUID;

/**
 * A message entering the engine, from any source: the visitor widget, an agent, the developer API, the
 * assistant, or (later) a channel plugin.
 *
 * @param sessionId the session it belongs to; for a customer writing into a closed session, a new session
 *     linked to it is started
 * @param clientMsgId the sender's own id for it: sending the same one twice stores and delivers it once
 * @param guard what must still hold once the session is locked (a servicer must still be its servicer)
 */
public record Inbound(UUID sessionId, Sender sender, String clientMsgId, MessageContent content, Guard guard) {

  public Inbound(UUID sessionId, Sender sender, String clientMsgId, MessageContent content) {
    this(sessionId, sender, clientMsgId, content, session -> {});
  }

  /** A check on the locked session; throws a problem to refuse the message. */
  @FunctionalInterface
  public interface Guard {
    void check(Session lockedSession);
  }
}
