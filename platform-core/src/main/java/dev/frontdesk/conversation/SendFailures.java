package dev.frontdesk.conversation;

import dev.frontdesk.events.EventLog;
import dev.frontdesk.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records {@code msg_send_fail} in its own transaction: the refused send rolls back, its failure event must
 * not.
 */
@ApplicationScoped
public class SendFailures {

  @PersistenceContext EntityManager em;
  @Inject EventLog events;

  /** The payload of {@code msg_send_fail}. */
  public record SendFail(UUID sessionId, UUID customerId, String clientMsgId, String reason) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(Session session, String clientMsgId, String reason) {
    events.record(
        EventType.MSG_SEND_FAIL,
        Conversations.subject(session, null),
        new SendFail(session.id(), session.customerId(), clientMsgId, reason));
  }
}
