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
import java.util.Set;
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

  /**
   * Newest first; {@code handled} null lists all; {@code accounts} null lists every account's (supervisors and
   * admins), else only those left for these accounts (an agent's: the accounts they serve).
   */
  @Transactional
  public List<LeftMessage> list(Boolean handled, Set<UUID> accounts) {
    if (accounts != null && accounts.isEmpty()) {
      return List.of();
    }
    StringBuilder jpql = new StringBuilder("select m from LeftMessage m where 1 = 1");
    if (handled != null) {
      jpql.append(handled ? " and m.handledAt is not null" : " and m.handledAt is null");
    }
    if (accounts != null) {
      jpql.append(" and m.accountId in :accounts");
    }
    var q = em.createQuery(jpql.append(" order by m.createdAt desc, m.id").toString(), LeftMessage.class)
        .setMaxResults(MAX_LIST);
    if (accounts != null) {
      q.setParameter("accounts", accounts);
    }
    return q.getResultList();
  }

  /** Marks it handled by the member; marking it again keeps who handled it first. Others' are as good as absent. */
  @Transactional
  public LeftMessage markHandled(UUID id, UUID memberId, Set<UUID> accounts) {
    LeftMessage m = em.find(LeftMessage.class, id);
    if (m == null || (accounts != null && !accounts.contains(m.accountId()))) {
      throw ProblemException.notFound("No left message " + id + ".");
    }
    m.handled(memberId, clock.instant());
    return m;
  }
}
