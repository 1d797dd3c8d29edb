package dev.frontdesk.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the current tenant's numbered events (see {@link FeedRelay}) in feed order. */
@ApplicationScoped
public class Feed {

  @PersistenceContext EntityManager em;

  /** Up to {@code max} events numbered after {@code afterSeq}, in order. */
  @Transactional
  public List<LoggedEvent> after(long afterSeq, int max) {
    return em.createQuery(
            "select e from LoggedEvent e where e.feedSeq > :after order by e.feedSeq", LoggedEvent.class)
        .setParameter("after", afterSeq)
        .setMaxResults(max)
        .getResultList();
  }
}
