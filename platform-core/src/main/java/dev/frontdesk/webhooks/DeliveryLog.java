package dev.frontdesk.webhooks;

import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A webhook's deliveries with their attempts, newest first, and manual redelivery. */
@ApplicationScoped
public class DeliveryLog {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Webhooks webhooks;

  /** A delivery with its attempts, oldest attempt first. */
  public record Entry(Delivery delivery, List<Attempt> attempts) {}

  @Transactional
  public List<Entry> list(UUID webhookId, DeliveryStatus status, int limit) {
    webhooks.get(webhookId);
    TypedQuery<Delivery> query =
        em.createQuery(
                "select d from WebhookDelivery d where d.webhookId = :w"
                    + (status != null ? " and d.status = :s" : "")
                    + " order by d.createdAt desc, d.eventId desc",
                Delivery.class)
            .setParameter("w", webhookId)
            .setMaxResults(limit);
    if (status != null) {
      query.setParameter("s", status);
    }
    List<Delivery> deliveries = query.getResultList();
    if (deliveries.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Attempt>> attempts =
        em.createQuery(
                "select a from WebhookAttempt a where a.deliveryId in :ids order by a.number", Attempt.class)
            .setParameter("ids", deliveries.stream().map(Delivery::id).toList())
            .getResultStream()
            .collect(Collectors.groupingBy(Attempt::deliveryId, LinkedHashMap::new, Collectors.toList()));
    return deliveries.stream().map(d -> new Entry(d, attempts.getOrDefault(d.id(), List.of()))).toList();
  }

  /** Schedules an attempt now, with the same delivery id; see {@link Delivery#redeliver}. */
  @Transactional
  public Entry redeliver(UUID webhookId, UUID deliveryId) {
    if (!webhooks.get(webhookId).active()) {
      throw ProblemException.conflict("Webhook " + webhookId + " is switched off: switch it on to redeliver.");
    }
    // queue row before delivery row, the order Attempts#record locks them in
    QueuedDelivery queued = em.find(QueuedDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
    Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
    if (delivery == null || !delivery.webhookId().equals(webhookId)) {
      throw ProblemException.notFound("No delivery " + deliveryId + " of webhook " + webhookId + ".");
    }
    Instant now = clock.instant();
    delivery.redeliver(now);
    if (queued == null) { // another redeliver may have queued it while we waited for the delivery's lock
      queued = em.find(QueuedDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
    }
    if (queued == null) {
      em.persist(new QueuedDelivery(deliveryId, delivery.tenantId(), now));
    } else {
      queued.moveUp(now);
    }
    List<Attempt> attempts =
        em.createQuery("select a from WebhookAttempt a where a.deliveryId = :id order by a.number", Attempt.class)
            .setParameter("id", deliveryId)
            .getResultList();
    return new Entry(delivery, attempts);
  }
}
