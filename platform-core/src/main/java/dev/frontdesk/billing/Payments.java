package dev.frontdesk.billing;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.plugins.PaymentProviders;
import dev.frontdesk.spi.PaymentProvider;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Paying invoices through payment provider plugins: a company starts a checkout, the provider's signed notice
 * settles it (once, however often it is sent, and only for the right amount), and the platform admin refunds.
 */
@ApplicationScoped
public class Payments {

  private static final Logger LOG = Logger.getLogger(Payments.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Invoices invoices;
  @Inject PaymentProviders providers;
  @Inject Payments self;

  /** Where to send the payer, or what to tell them; {@code reference} identifies the payment at the provider. */
  public record CheckoutView(UUID paymentId, String provider, String reference, String redirectUrl, String instructions) {}

  /**
   * What a notice did: {@code paid}, {@code failed} (recorded with its reason), {@code refunded}, or {@code
   * unchanged} (a notice seen before, or about a payment already settled).
   */
  public record NoticeOutcome(String outcome, String invoiceStatus, Invoices.PaymentView payment) {}

  public List<PaymentProviders.Method> methods() {
    return providers.enabled();
  }

  /** Starts paying an open invoice of the current company with an enabled provider, for the amount due. */
  public CheckoutView pay(UUID invoiceId, String pluginId) {
    Invoice i = self.payable(invoiceId);
    String tenant = TenantContext.current().orElseThrow().toString();
    // The provider is called outside any transaction: no row stays locked while it answers.
    PaymentProvider.Checkout c = providers.checkout(pluginId, tenant, new PaymentProvider.PaymentRequest(
        i.id().toString(), i.number(), tenant, i.total(), i.currency(), null));
    return self.started(invoiceId, pluginId, c);
  }

  @Transactional
  public Invoice payable(UUID invoiceId) {
    return invoices.lockedOpen(invoiceId);
  }

  @Transactional
  public CheckoutView started(UUID invoiceId, String pluginId, PaymentProvider.Checkout c) {
    Invoice i = invoices.lockedOpen(invoiceId); // it may have been paid or voided while the provider answered
    Payment earlier = byReference(pluginId, c.reference(), LockModeType.NONE).orElse(null);
    if (earlier != null && earlier.invoiceId().equals(invoiceId) && earlier.status() == Payment.Status.PENDING) {
      // Paying again where the provider's reference is the invoice's own (a bank transfer): the same payment.
      return new CheckoutView(earlier.id(), pluginId, c.reference(), c.redirectUrl(), c.instructions());
    }
    if (earlier != null) {
      throw ProblemException.conflict("Payment provider " + pluginId + " gave reference " + c.reference()
          + ", which an earlier payment already has; try again.");
    }
    Payment p = Payment.pending(i, pluginId, c.reference(), c.redirectUrl(), c.instructions(), clock.instant());
    em.persist(p);
    return new CheckoutView(p.id(), pluginId, c.reference(), c.redirectUrl(), c.instructions());
  }

  /** A provider's notice, read and verified by its plugin, applied to the payment it names. */
  public NoticeOutcome notice(String pluginId, String method, UriInfo uri, HttpHeaders headers, InputStream body) {
    PaymentProvider.PaymentNotice n = providers.notification(pluginId, method, uri, headers, body)
        .orElseThrow(() -> ProblemException.badRequest(
            "Payment provider " + pluginId + " did not accept this as a notification (a wrong signature or an unknown format)."));
    if (n.reference() == null || n.invoiceId() == null || n.status() == null || n.currency() == null) {
      throw ProblemException.badRequest("Payment provider " + pluginId + " read a notice without a reference, invoice, status or currency.");
    }
    UUID invoiceId;
    try {
      invoiceId = UUID.fromString(n.invoiceId());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("The notice names invoice '" + n.invoiceId() + "', which is not an invoice id.");
    }
    return invoices.asOwnerOf(invoiceId, () -> self.apply(pluginId, invoiceId, n));
  }

  @Transactional
  public NoticeOutcome apply(String pluginId, UUID invoiceId, PaymentProvider.PaymentNotice n) {
    Payment p = byReference(pluginId, n.reference(), LockModeType.PESSIMISTIC_WRITE)
        .filter(x -> x.invoiceId().equals(invoiceId))
        .orElseThrow(() -> ProblemException.badRequest(
            "No payment " + n.reference() + " through " + pluginId + " was started for invoice " + invoiceId + "."));
    String outcome = switch (n.status()) {
      case PAID -> paid(p, n);
      case FAILED -> {
        if (p.status() != Payment.Status.PENDING) {
          yield "unchanged";
        }
        p.failed("The payment provider reported that the payment failed.", clock.instant());
        yield "failed";
      }
      case REFUNDED -> {
        long total = Math.min(n.amountMinor(), p.amount()); // a refund notice carries what was refunded in all
        if (p.status() != Payment.Status.PAID || total <= p.refunded()) {
          yield "unchanged";
        }
        p.refunded(total - p.refunded(), "Refunded at the payment provider.", clock.instant());
        yield "refunded";
      }
    };
    Invoice i = invoices.find(invoiceId);
    return new NoticeOutcome(outcome, i.status().name().toLowerCase(Locale.ROOT), Invoices.PaymentView.of(p));
  }

  /** The payment a provider knows by its reference (unique per provider). */
  private Optional<Payment> byReference(String pluginId, String reference, LockModeType lock) {
    return em.createQuery("select p from Payment p where p.pluginId = :plugin and p.reference = :ref", Payment.class)
        .setParameter("plugin", pluginId).setParameter("ref", reference)
        .setLockMode(lock)
        .getResultStream().findFirst();
  }

  private String paid(Payment p, PaymentProvider.PaymentNotice n) {
    if (p.status() != Payment.Status.PENDING) {
      return "unchanged";
    }
    Invoice i = em.find(Invoice.class, p.invoiceId(), LockModeType.PESSIMISTIC_WRITE);
    String why = null;
    if (n.amountMinor() != p.amount() || !n.currency().equalsIgnoreCase(p.currency())) {
      why = "The provider reports " + n.amountMinor() + " " + n.currency() + " paid, but invoice " + i.number() + " asks "
          + p.amount() + " " + p.currency() + ": not marked paid; settle the difference with the company.";
    } else if (i.status() != InvoiceDocument.Status.OPEN) {
      why = "Invoice " + i.number() + " was already " + i.status().name().toLowerCase(Locale.ROOT)
          + " when this payment arrived: give the money back to the company.";
    }
    if (why != null) {
      LOG.warning("Payment " + p.reference() + " through " + p.pluginId() + " not applied: " + why);
      p.failed(why, clock.instant());
      return "failed";
    }
    p.paid(clock.instant());
    invoices.settle(i, p);
    return "paid";
  }

  /**
   * The platform admin gives back part ({@code amountMinor}) or all of what is left of a paid invoice's payment,
   * through the provider it was paid with. No row stays locked while the provider answers: the amount is reserved
   * first (a second refund meanwhile sees it gone), released if the provider fails, recorded once it refunded. If
   * recording then failed, the reservation stays visible ({@code refunding}) and the log has the provider's
   * reference, so the money given back is never unaccounted for.
   */
  public Invoices.InvoiceView refund(UUID invoiceId, Long amountMinor, String reason) {
    Reserved r = invoices.asOwnerOf(invoiceId, () -> self.reserveRefund(invoiceId, amountMinor));
    String refundRef;
    try {
      refundRef = providers.refund(r.pluginId(), r.tenantId().toString(), r.reference(), r.amount(), r.currency());
    } catch (RuntimeException e) {
      invoices.asOwnerOf(invoiceId, () -> self.releaseRefund(r));
      throw e;
    }
    LOG.info("Invoice " + r.number() + ": " + r.amount() + " " + r.currency() + " refunded through " + r.pluginId()
        + " (" + refundRef + ")");
    return invoices.asOwnerOf(invoiceId, () -> self.recordRefund(r, refundRef, reason));
  }

  /** A refund under way: what the provider is asked to give back, and of which payment. */
  public record Reserved(
      UUID tenantId, UUID invoiceId, String number, UUID paymentId, String pluginId, String reference, long amount,
      String currency) {}

  @Transactional
  public Reserved reserveRefund(UUID invoiceId, Long amountMinor) {
    Invoice i = invoices.find(invoiceId);
    Payment p = em.createQuery("select p from Payment p where p.invoiceId = :i and p.status = :paid", Payment.class)
        .setParameter("i", invoiceId).setParameter("paid", Payment.Status.PAID)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst()
        .orElseThrow(() -> ProblemException.conflict("Invoice " + i.number() + " has no payment left to refund"
            + (i.status() == InvoiceDocument.Status.PAID ? " (it is refunded in full already)." : " (it is " + i.status().name().toLowerCase(Locale.ROOT) + ").")));
    if (p.pluginId() == null) {
      throw ProblemException.conflict("The payment of invoice " + i.number() + " (" + p.reference() + ") was recorded by"
          + " hand, so no provider can refund it: give the money back yourself.");
    }
    long left = p.refundable();
    long amount = amountMinor == null ? left : amountMinor;
    if (amount > left || left == 0) {
      throw ProblemException.invalid("amountMinor", "is more than the " + left + " (minor units of " + p.currency()
          + ") left to refund of invoice " + i.number()
          + (p.refunding() > 0 ? ", " + p.refunding() + " being refunded already" : ""));
    }
    p.refundStarted(amount, clock.instant());
    return new Reserved(TenantContext.current().orElseThrow(), invoiceId, i.number(), p.id(), p.pluginId(),
        p.reference(), amount, p.currency());
  }

  @Transactional
  public Void releaseRefund(Reserved r) {
    Payment p = em.find(Payment.class, r.paymentId(), LockModeType.PESSIMISTIC_WRITE);
    p.refundReleased(r.amount(), clock.instant());
    return null;
  }

  @Transactional
  public Invoices.InvoiceView recordRefund(Reserved r, String refundRef, String reason) {
    Payment p = em.find(Payment.class, r.paymentId(), LockModeType.PESSIMISTIC_WRITE);
    p.refundDone(r.amount(), "Refund " + refundRef + ": " + reason, clock.instant());
    return invoices.current(invoices.find(r.invoiceId()));
  }
}
