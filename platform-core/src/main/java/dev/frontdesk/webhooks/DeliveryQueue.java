package dev.frontdesk.webhooks;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims due deliveries of all tenants from the global queue. On PostgreSQL {@code FOR UPDATE SKIP LOCKED} lets
 * several instances claim side by side without waiting for or repeating each other; H2 runs one instance, so a
 * plain lock does. A claim leases the row for longer than an attempt can take, and commits at once: the attempt
 * itself runs outside any transaction, and an instance that dies mid-attempt leaves a lease that simply expires.
 */
@ApplicationScoped
public class DeliveryQueue {

  @PersistenceContext EntityManager em;
  @Inject FrontdeskConfig config;
  @Inject Clock clock;

  /** A claimed delivery: which one, for which tenant, and the claim count that proves this claim is current. */
  public record Claim(UUID deliveryId, UUID tenantId, int number) {}

  @Transactional
  public List<Claim> claim(int max, Duration lease) {
    Instant now = clock.instant();
    String lock = config.isPostgres() ? " for update skip locked" : " for update";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select delivery_id, tenant_id, claims from webhook_queue"
                    + " where due_at <= ?1 and (leased_until is null or leased_until <= ?1)"
                    + " order by due_at limit ?2" + lock)
            .setParameter(1, now)
            .setParameter(2, max)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Claim> claims = new ArrayList<>();
    for (Object[] row : rows) {
      claims.add(new Claim(uuid(row[0]), uuid(row[1]), ((Number) row[2]).intValue() + 1));
    }
    em.createQuery(
            "update QueuedDelivery q set q.leasedUntil = :until, q.claims = q.claims + 1"
                + " where q.deliveryId in :ids")
        .setParameter("until", now.plus(lease))
        .setParameter("ids", claims.stream().map(Claim::deliveryId).toList())
        .executeUpdate();
    return claims;
  }

  /** A uuid column of a native query: a UUID on PostgreSQL, 16 raw bytes on H2. */
  private static UUID uuid(Object value) {
    if (value instanceof byte[] bytes) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }
}
