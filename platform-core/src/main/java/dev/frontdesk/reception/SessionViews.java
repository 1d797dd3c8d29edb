package dev.frontdesk.reception;

import dev.frontdesk.conversation.Customer;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.conversation.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Sessions as visitors and staff see them, with the customer and, while queued, the place in the queue. */
@ApplicationScoped
public class SessionViews {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public SessionView of(Session s) {
    return SessionView.of(s, em.find(Customer.class, s.customerId()), queuePosition(s));
  }

  /** The place in the account's queue (1 = next), or null when the session is not queued. */
  private Integer queuePosition(Session s) {
    if (s.state() != SessionState.QUEUED) {
      return null;
    }
    Long ahead =
        em.createQuery(
                "select count(q) from Session q where q.accountId = :a and q.state = :queued and"
                    + " (q.queuedAt < :t or (q.queuedAt = :t and q.id < :id))",
                Long.class)
            .setParameter("a", s.accountId())
            .setParameter("queued", SessionState.QUEUED)
            .setParameter("t", s.queuedAt())
            .setParameter("id", s.id())
            .getSingleResult();
    return ahead.intValue() + 1;
  }
}
