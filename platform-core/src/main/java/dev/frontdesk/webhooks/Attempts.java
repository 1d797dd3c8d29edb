package dev.frontdesk.webhooks;

import dev.frontdesk.attachments.FileLinks;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.events.LoggedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The two short transactions around an attempt, run as the delivery's tenant: before it, what to send; after it,
 * the attempt in the log and what follows (delivered, next attempt, or failed). Neither holds a transaction open
 * while the receiver is called.
 */
@ApplicationScoped
public class Attempts {

  private static final Logger LOG = Logger.getLogger(Attempts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FrontdeskConfig config;
  @Inject FileLinks links;

  /** What to send for a claim, or empty when there is nothing to send (any more). */
  @Transactional
  public Optional<OutgoingDelivery> prepare(DeliveryQueue.Claim claim) {
    QueuedDelivery queued = em.find(QueuedDelivery.class, claim.deliveryId());
    if (queued == null || queued.claims() != claim.number()) {
      return Optional.empty(); // claimed again elsewhere after our lease ran out
    }
    Delivery delivery = em.find(Delivery.class, claim.deliveryId());
    if (delivery == null || delivery.status() != DeliveryStatus.PENDING) {
      em.remove(queued);
      return Optional.empty();
    }
    Webhook webhook = em.find(Webhook.class, delivery.webhookId());
    LoggedEvent event = em.find(LoggedEvent.class, delivery.eventId());
    if (webhook == null || !webhook.active() || event == null) {
      delivery.abandon(event == null ? "the event is no longer stored" : "the webhook is switched off");
      em.remove(queued);
      return Optional.empty();
    }
    byte[] body =
        WebhookPayload.body(
            delivery.id(), event.id(), event.type(), event.createdAt(), delivery.tenantId(),
            links.refresh(delivery.tenantId(), event.payload()));
    return Optional.of(
        new OutgoingDelivery(
            URI.create(webhook.url()), delivery.id(), delivery.eventType(), delivery.nextAttemptNumber(),
            webhook.signingSecrets(clock.instant()), body));
  }

  /** Logs an attempt made at {@code at} and schedules what follows, unless this claim has been superseded. */
  @Transactional
  public void record(DeliveryQueue.Claim claim, AttemptResult result, Instant at) {
    QueuedDelivery queued = em.find(QueuedDelivery.class, claim.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
    if (queued == null || queued.claims() != claim.number()) {
      LOG.fine(() -> "dropping the result of a superseded claim on delivery " + claim.deliveryId());
      return;
    }
    Delivery delivery = em.find(Delivery.class, claim.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
    if (delivery == null) {
      return;
    }
    int made = delivery.attempts() + 1;
    Instant first = delivery.firstAttemptAt() != null ? delivery.firstAttemptAt() : at;
    RetrySchedule schedule = new RetrySchedule(ThreadLocalRandom.current(), config.webhookRetryBase());
    Outcome outcome = Outcome.after(result, delivery.autoRetry(), first, made, clock.instant(), schedule);
    em.persist(new Attempt(delivery.id(), made, at, result));
    delivery.attempted(result, at, outcome);
    if (outcome.status() == DeliveryStatus.PENDING) {
      queued.dueAgain(outcome.nextAttemptAt());
    } else {
      em.remove(queued);
    }
  }
}
