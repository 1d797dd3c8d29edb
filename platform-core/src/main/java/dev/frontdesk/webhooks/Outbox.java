package dev.frontdesk.webhooks;

import dev.frontdesk.events.EventRecorded;
import dev.frontdesk.events.LoggedEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * The transactional outbox: in the transaction that records an event, one delivery per matching active webhook of
 * the tenant, queued for the {@link Dispatcher}. Rolled back with the event, committed with it, and never a network
 * call: the message path waits for two inserts at most, not for a tenant's server.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject Dispatcher dispatcher;
  @Resource TransactionSynchronizationRegistry transactions;

  void enqueue(@Observes EventRecorded recorded) {
    LoggedEvent event = recorded.event();
    List<Webhook> webhooks =
        em.createQuery("select w from Webhook w where w.active = true", Webhook.class).getResultList();
    boolean queued = false;
    for (Webhook webhook : webhooks) {
      if (webhook.events().matches(event.type())) {
        Delivery delivery = new Delivery(webhook.id(), event.id(), event.type(), event.createdAt());
        em.persist(delivery);
        em.persist(new QueuedDelivery(delivery.id(), webhook.tenantId(), event.createdAt()));
        queued = true;
      }
    }
    if (queued) {
      wakeDispatcherAfterCommit();
    }
  }

  /** Once per transaction: this instance's dispatcher starts at once instead of at its next poll. */
  private void wakeDispatcherAfterCommit() {
    if (transactions.getResource(Outbox.class) != null) {
      return;
    }
    transactions.putResource(Outbox.class, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              dispatcher.wake();
            }
          }
        });
  }
}
