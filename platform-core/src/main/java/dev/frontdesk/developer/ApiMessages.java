package dev.frontdesk.developer;

import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.Conversations;
import dev.frontdesk.conversation.Customer;
import dev.frontdesk.conversation.Inbound;
import dev.frontdesk.conversation.MessageContent;
import dev.frontdesk.conversation.MessageView;
import dev.frontdesk.conversation.MessageViews;
import dev.frontdesk.conversation.Sender;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.conversation.SessionView;
import dev.frontdesk.reception.SessionViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Messages a tenant's back-end sends to a customer, through the one message path ({@link Conversations#accept})
 * as an API sender: the account's send window applies, and a refusal is recorded as {@code msg_send_fail}.
 */
@ApplicationScoped
public class ApiMessages {

  @PersistenceContext EntityManager em;
  @Inject Conversations conversations;
  @Inject MessageViews messageViews;
  @Inject SessionViews sessionViews;

  /** Where the message went, and whether an earlier send with the same {@code clientMsgId} had stored it already. */
  public record Sent(MessageView message, SessionView session, boolean duplicate) {}

  /**
   * Sends into {@code sessionId} if given (it must be the customer's); otherwise into the customer's open session
   * (with {@code accountId} if given), else into their most recent one, where the send window still decides.
   */
  @Transactional
  public Sent send(
      UUID credentialId, UUID customerId, UUID accountId, UUID sessionId, String clientMsgId, MessageContent content) {
    Session session = sessionId != null ? given(customerId, accountId, sessionId) : chosen(customerId, accountId);
    Conversations.Accepted accepted =
        conversations.accept(new Inbound(session.id(), Sender.api(credentialId), clientMsgId, content));
    return new Sent(
        messageViews.of(accepted.message(), accepted.session()), sessionViews.of(accepted.session()),
        accepted.duplicate());
  }

  private Session given(UUID customerId, UUID accountId, UUID sessionId) {
    Session session = em.find(Session.class, sessionId);
    if (session == null || !session.customerId().equals(customerId)) {
      throw ProblemException.notFound("No session " + sessionId + " of customer " + customerId + " in your company.");
    }
    if (accountId != null && !accountId.equals(session.accountId())) {
      throw ProblemException.invalid("accountId", "the session belongs to another account");
    }
    return session;
  }

  private Session chosen(UUID customerId, UUID accountId) {
    if (em.find(Customer.class, customerId) == null) {
      throw ProblemException.notFound("No customer " + customerId + " in your company.");
    }
    TypedQuery<Session> query =
        em.createQuery(
                "select s from Session s where s.customerId = :c"
                    + (accountId != null ? " and s.accountId = :a" : "")
                    + " order by case when s.state = :closed then 1 else 0 end, s.lastActivityAt desc, s.id",
                Session.class)
            .setParameter("c", customerId)
            .setParameter("closed", SessionState.CLOSED)
            .setMaxResults(1);
    if (accountId != null) {
      query.setParameter("a", accountId);
    }
    return query.getResultStream().findFirst().orElseThrow(() -> new ProblemException(new Problem(
        Problem.TYPE_BASE + "send-window", "Send window closed", 422,
        "The customer has not written to " + (accountId != null ? "this account" : "your company")
            + " yet, so the business cannot message them first.",
        null, null)));
  }
}
