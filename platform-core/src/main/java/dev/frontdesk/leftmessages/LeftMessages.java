package dev.frontdesk.leftmessages;

import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current company's left messages. */
@ApplicationScoped
public class LeftMessages {

  /** The most a list returns: the oldest open ones past it wait for the newer ones to be handled. */
  public static final int MAX_LIST = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public LeftMessage leave(LeftMessage.Origin origin, UUID customerId, String name, String contact, String text) {
    LeftMessage m = new LeftMessage(origin, customerId, name.strip(), contact.strip(), text.strip(), clock.instant());
    em.persist(m);
    em.flush();
    return m;
  }

  /** The message left for a channel message, if it was left before (a second delivery of it). */
  @Transactional
  public Optional<LeftMessage> bySource(String sourceRef) {
    return em.createQuery("select m from LeftMessage m where m.sourceRef = :r", LeftMessage.class)
        .setParameter("r", sourceRef)
        .getResultStream()
        .findFirst();
  }

  /** Newest first; {@code handled} null lists all. */
  @Transactional
  public List<LeftMessage> list(Boolean handled) {
    String where = handled == null ? "" : handled ? " where m.handledAt is not null" : " where m.handledAt is null";
    return em.createQuery("select m from LeftMessage m" + where + " order by m.createdAt desc, m.id", LeftMessage.class)
        .setMaxResults(MAX_LIST)
        .getResultList();
  }

  /** Marks it handled by the member; marking it again keeps who handled it first. */
  @Transactional
  public LeftMessage markHandled(UUID id, UUID memberId) {
    LeftMessage m = em.find(LeftMessage.class, id);
    if (m == null) {
      throw ProblemException.notFound("No left message " + id + ".");
    }
    m.handled(memberId, clock.instant());
    return m;
  }
}
