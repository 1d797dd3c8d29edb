package dev.frontdesk.billing;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Suspends a company's paid features when an invoice stays unpaid past its due date and the grace period: the
 * subscription becomes past due, and its limits fall back to the free plan's until the invoice is paid. Data
 * is never touched. Only a payment (or voiding the invoice) lifts it (the job only suspends), so an operator's look into the future
 * (close-period with a later {@code at}) is not undone by the next pass.
 */
@ApplicationScoped
public class Overdue {

  @PersistenceContext EntityManager em;
  @Inject Subscriptions subscriptions;
  @Inject FrontdeskConfig config;

  /** The oldest invoice overdue past the grace period at {@code at}, if any. */
  @Transactional
  public Optional<Invoice> oldest(Instant at) {
    return em.createQuery("select i from Invoice i where i.status = :open and i.dueAt < :cutoff order by i.dueAt", Invoice.class)
        .setParameter("open", InvoiceDocument.Status.OPEN)
        .setParameter("cutoff", at.minus(config.billingGrace()))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The oldest unpaid invoice (what a past-due company is asked to pay first). */
  @Transactional
  public Optional<Invoice> oldestUnpaid() {
    return em.createQuery("select i from Invoice i where i.status = :open order by i.dueAt", Invoice.class)
        .setParameter("open", InvoiceDocument.Status.OPEN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Marks the subscription past due when an invoice is overdue at {@code at}. */
  @Transactional
  public boolean evaluate(Instant at) {
    if (oldest(at).isEmpty()) {
      return false;
    }
    Subscription s = subscriptions.locked();
    s.pastDue(at);
    return s.status() == Subscription.Status.PAST_DUE;
  }

  /**
   * After an invoice was paid or voided: reinstated unless another invoice is still overdue (judged at {@code
   * at}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void invoiceSettled(Instant at) {
    Subscription s = subscriptions.locked();
    boolean stillOverdue = em.createQuery(
            "select count(i) from Invoice i where i.status = :open and i.dueAt < :cutoff", Long.class)
        .setParameter("open", InvoiceDocument.Status.OPEN)
        .setParameter("cutoff", at.minus(config.billingGrace()))
        .getSingleResult() > 0;
    if (!stillOverdue) {
      s.reinstated(at);
    }
  }
}
