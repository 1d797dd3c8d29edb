package dev.frontdesk.events;

import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Numbers the current tenant's events in their feed ({@code feed_seq}): the order {@code /sync} (and anything
 * else reading the feed) pages through with a cursor.
 *
 * <p>Why not page by event id: ids are handed out when a row is inserted, but transactions commit in another
 * order. A reader who has passed id 10 while the transaction holding id 9 is still open would never see 9. So
 * the feed gets its own numbers, given only to rows whose transactions have committed, and by one numbering
 * transaction at a time per tenant: each takes the tenant's {@code event_feeds} row lock, numbers the
 * committed unnumbered events it can see in id order, continuing after the last number given, and commits. An
 * event whose transaction commits late is simply numbered by a later round, after everything numbered before
 * it. Numbers are never reused or changed, and a round's numbers all become visible when it commits, after the
 * previous round's; so every reader sees the numbers 1..n without a gap, and the feed only grows at its end.
 * Paging by {@code feed_seq > cursor} therefore returns every event exactly once, in one stable order.
 *
 * <p>Numbering is cheap and runs on demand (a reader numbers what has committed before it reads), so writers
 * never wait on it and the message path takes no extra lock.
 */
@ApplicationScoped
public class FeedRelay {

  /** Events numbered per round (one short transaction). */
  public static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  /** Numbers up to {@link #BATCH} committed events of the current tenant; returns how many it numbered. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int numberNext() {
    UUID tenant = TenantContext.current().filter(t -> !TenantContext.NONE.equals(t))
        .orElseThrow(() -> new IllegalStateException("the feed relay runs for one tenant"));
    long last = lockFeed(tenant);
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("select id from events where tenant_id = ?1 and feed_seq is null order by id")
            .setParameter(1, tenant)
            .setMaxResults(BATCH)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    em.unwrap(Session.class).doWork(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement("update events set feed_seq = ? where id = ? and tenant_id = ?")) {
        long seq = last;
        for (Number id : ids) {
          update.setLong(1, ++seq);
          update.setLong(2, id.longValue());
          update.setObject(3, tenant);
          update.addBatch();
        }
        update.executeBatch();
      }
    });
    em.createNativeQuery("update event_feeds set last_seq = ?1 where tenant_id = ?2")
        .setParameter(1, last + ids.size())
        .setParameter(2, tenant)
        .executeUpdate();
    return ids.size();
  }

  /** Locks the tenant's feed row (created on first use) and returns the last number given. */
  private long lockFeed(UUID tenant) {
    List<?> row = selectForUpdate(tenant);
    if (row.isEmpty()) {
      em.createNativeQuery("insert into event_feeds (tenant_id, last_seq) values (?1, 0) on conflict do nothing")
          .setParameter(1, tenant)
          .executeUpdate();
      row = selectForUpdate(tenant);
    }
    return ((Number) row.get(0)).longValue();
  }

  private List<?> selectForUpdate(UUID tenant) {
    return em.createNativeQuery("select last_seq from event_feeds where tenant_id = ?1 for update")
        .setParameter(1, tenant)
        .getResultList();
  }
}
