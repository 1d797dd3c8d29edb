package dev.frontdesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Metered usage of the current company. Events are counted once by their id: within the transaction of the fact
 * they count ({@link #recordWithFact}), or on their own ({@link #record}) when they may be delivered twice.
 */
@ApplicationScoped
public class Usage {

  @PersistenceContext EntityManager em;
  @Inject Usage self;

  /**
   * Records a fact's event in the transaction that makes the fact true (a new session, a new message), whose id
   * is new by construction: it commits or rolls back with the fact.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordWithFact(String eventId, UsageKind kind, long quantity, Instant at) {
    em.persist(new UsageEvent(eventId, kind, quantity, at));
  }

  /**
   * Records an event in a transaction of its own; false when it was counted before, also when two deliveries of
   * it race (the primary key decides, and the loser's insert fails).
   */
  public boolean record(String eventId, UsageKind kind, long quantity, Instant at) {
    try {
      return self.insert(eventId, kind, quantity, at);
    } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
      return false;
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean insert(String eventId, UsageKind kind, long quantity, Instant at) {
    if (em.find(UsageEvent.class, eventId) != null) {
      return false;
    }
    em.persist(new UsageEvent(eventId, kind, quantity, at));
    em.flush();
    return true;
  }

  /** Whether an event with this id was counted. */
  @Transactional
  public boolean recorded(String eventId) {
    return em.find(UsageEvent.class, eventId) != null;
  }

  /** Each kind's use in [from, to): counters summed, gauges at their highest. */
  @Transactional
  public Map<UsageKind, Long> totals(Instant from, Instant to) {
    Map<UsageKind, Long> out = new EnumMap<>(UsageKind.class);
    for (UsageKind k : UsageKind.values()) {
      out.put(k, 0L);
    }
    List<Object[]> rows =
        em.createQuery(
                "select u.kind, sum(u.quantity), max(u.quantity) from UsageEvent u"
                    + " where u.occurredAt >= :from and u.occurredAt < :to group by u.kind",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (Object[] r : rows) {
      UsageKind kind = (UsageKind) r[0];
      out.put(kind, ((Number) (kind.counter() ? r[1] : r[2])).longValue());
    }
    return out;
  }

  /** One counter's use in [from, to). */
  @Transactional
  public long total(UsageKind kind, Instant from, Instant to) {
    Long sum =
        em.createQuery(
                "select sum(u.quantity) from UsageEvent u where u.kind = :k and u.occurredAt >= :from and u.occurredAt < :to",
                Long.class)
            .setParameter("k", kind)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return sum == null ? 0 : sum;
  }
}
