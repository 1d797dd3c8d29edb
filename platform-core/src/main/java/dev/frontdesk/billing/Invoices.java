package dev.frontdesk.billing;

import dev.frontdesk.api.Json;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The company's invoices, as JSON views and as documents (HTML, PDF); marking them paid and voiding them. */
@ApplicationScoped
public class Invoices {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject dev.frontdesk.tenancy.Tenants tenants;
  @Inject Invoices self;
  @Inject Overdue overdue;

  @Inject
  @ConfigProperty(name = "frontdesk.billing.seller-name", defaultValue = "Frontdesk")
  String sellerName;

  /**
   * An invoice in the API; amounts in minor units. {@code refundedAmount} is what was given back of what was
   * paid; {@code payments} every attempt to pay it, oldest first.
   */
  public record InvoiceView(
      UUID id, String number, String status, String planName, Instant periodStart, Instant periodEnd, Instant issuedAt,
      Instant dueAt, String currency, List<PeriodClosing.StoredLine> lines, long subtotal, int taxRateBasisPoints,
      long tax, long creditApplied, long total, Instant paidAt, String paymentReference, long refundedAmount,
      Instant voidedAt, String voidReason, List<PaymentView> payments) {}

  /** One attempt to pay; {@code provider} is the plugin's id, null when the platform admin recorded it by hand. */
  public record PaymentView(
      UUID id, String provider, String reference, String status, long amount, String currency, long refunded,
      long refunding, String redirectUrl, String instructions, String note, Instant createdAt, Instant paidAt) {

    static PaymentView of(Payment p) {
      return new PaymentView(
          p.id(), p.pluginId(), p.reference(), p.status().name().toLowerCase(Locale.ROOT), p.amount(), p.currency(),
          p.refunded(), p.refunding(), p.redirectUrl(), p.instructions(), p.note(), p.createdAt(), p.paidAt());
    }
  }

  @Transactional
  public List<InvoiceView> list() {
    Map<UUID, List<Payment>> payments = em.createQuery("select p from Payment p order by p.createdAt", Payment.class)
        .getResultStream().collect(Collectors.groupingBy(Payment::invoiceId));
    return em.createQuery("select i from Invoice i order by i.issuedAt desc, i.number desc", Invoice.class)
        .getResultList().stream().map(i -> view(i, payments.getOrDefault(i.id(), List.of()))).toList();
  }

  @Transactional
  public InvoiceView get(UUID id) {
    return current(find(id));
  }

  /** The invoice as a document for HTML and PDF. */
  @Transactional
  public InvoiceDocument document(UUID id) {
    Invoice i = find(id);
    Tenant tenant = em.find(Tenant.class, i.tenantId());
    List<InvoiceDocument.Line> lines = lines(i).stream()
        .map(l -> new InvoiceDocument.Line(l.description(), l.quantity(), l.unitAmount(), l.amount()))
        .toList();
    long gross = i.subtotal() + i.tax();
    long paid = i.status() == InvoiceDocument.Status.PAID ? gross : i.creditApplied();
    Currency currency = Currency.getInstance(i.currency());
    List<String> notes = new ArrayList<>();
    if (i.creditApplied() > 0) {
      notes.add("Credit applied: " + i.creditApplied() + " (minor units).");
    }
    long refunded = refunded(payments(i.id()));
    if (refunded > 0) {
      notes.add("Refunded: " + InvoiceFormat.amount(refunded, currency) + ".");
    }
    if (i.status() == InvoiceDocument.Status.VOID) {
      notes.add("Void since " + InvoiceFormat.date(date(i.voidedAt())) + ": " + i.voidReason() + " Nothing is owed on this invoice.");
    }
    return new InvoiceDocument(
        i.number(), i.status(), date(i.issuedAt()), date(i.dueAt()), date(i.periodStart()), date(i.periodEnd()),
        new InvoiceDocument.Seller(sellerName, List.of(), null),
        new InvoiceDocument.Buyer(tenant == null ? null : tenant.name(), tenant == null ? null : tenant.slug(), List.of(), null),
        currency, lines, i.subtotal(), i.taxRateBp(), i.tax(), gross, paid, gross - paid,
        i.paymentReference(), notes.isEmpty() ? null : String.join("\n", notes));
  }

  /** The company an invoice belongs to. */
  public Optional<UUID> tenantOf(UUID invoiceId) {
    // The app's role sees one company at a time (row-level security), so the invoice is looked for in each.
    for (UUID tenant : tenants.ids()) {
      if (TenantContext.callAs(tenant, () -> self.exists(invoiceId))) {
        return Optional.of(tenant);
      }
    }
    return Optional.empty();
  }

  /** Runs {@code work} as the company of an invoice; 404 when no company has it. */
  public <T> T asOwnerOf(UUID invoiceId, java.util.function.Supplier<T> work) {
    UUID tenant = tenantOf(invoiceId).orElseThrow(() -> ProblemException.notFound("No invoice " + invoiceId + "."));
    return TenantContext.callAs(tenant, work);
  }

  /** The platform admin records a payment received outside the platform (bank transfer) against any company's invoice. */
  public InvoiceView markPaid(UUID id, String reference) {
    return asOwnerOf(id, () -> self.paid(id, reference));
  }

  /** The platform admin cancels an open invoice: nothing is owed on it, and it no longer keeps the company past due. */
  public InvoiceView voidInvoice(UUID id, String reason) {
    return asOwnerOf(id, () -> self.voided(id, reason));
  }

  @Transactional
  public boolean exists(UUID id) {
    return em.createQuery("select count(i) from Invoice i where i.id = :id", Long.class).setParameter("id", id)
        .getSingleResult() > 0;
  }

  @Transactional
  public InvoiceView paid(UUID id, String reference) {
    Invoice i = lockedOpen(id);
    Payment recorded = Payment.recorded(i, reference, clock.instant());
    em.persist(recorded);
    settle(i, recorded);
    return current(i);
  }

  @Transactional
  public InvoiceView voided(UUID id, String reason) {
    Invoice i = lockedOpen(id);
    Instant now = clock.instant();
    i.voided(reason, now);
    for (Payment p : payments(id)) {
      if (p.status() == Payment.Status.PENDING) {
        p.failed("The invoice was voided.", now);
      }
    }
    overdue.invoiceSettled(now);
    return current(i);
  }

  /** The invoice, locked, when it can still be paid or voided; else a 409 saying why not. */
  Invoice lockedOpen(UUID id) {
    Invoice i = em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (i == null) {
      throw ProblemException.notFound("No invoice " + id + " in your company.");
    }
    switch (i.status()) {
      case PAID -> throw ProblemException.conflict("Invoice " + i.number() + " is paid already (" + i.paymentReference() + ").");
      case VOID -> throw ProblemException.conflict("Invoice " + i.number() + " is void.");
      default -> {
        return i;
      }
    }
  }

  /**
   * The one way an invoice becomes paid, by hand or by a provider's notice: the invoice takes the payment's
   * reference, other pending attempts end, and a past-due company is reinstated unless another invoice is overdue.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void settle(Invoice i, Payment by) {
    Instant now = clock.instant();
    i.markPaid(by.reference(), now);
    for (Payment p : payments(i.id())) {
      if (p != by && p.status() == Payment.Status.PENDING) {
        p.failed("The invoice was paid otherwise (" + by.reference() + ").", now);
      }
    }
    overdue.invoiceSettled(now);
  }

  List<Payment> payments(UUID invoiceId) {
    return em.createQuery("select p from Payment p where p.invoiceId = :i order by p.createdAt", Payment.class)
        .setParameter("i", invoiceId).getResultList();
  }

  Invoice find(UUID id) {
    Invoice i = em.find(Invoice.class, id);
    if (i == null) {
      throw ProblemException.notFound("No invoice " + id + " in your company.");
    }
    return i;
  }

  /** The invoice with its payments, as it stands. */
  InvoiceView current(Invoice i) {
    return view(i, payments(i.id()));
  }

  private static LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private static List<PeriodClosing.StoredLine> lines(Invoice i) {
    return List.of(Json.read(i.linesJson(), PeriodClosing.StoredLine[].class));
  }

  /** What was given back of an invoice's payments. */
  private static long refunded(List<Payment> payments) {
    return payments.stream().mapToLong(Payment::refunded).sum();
  }

  /** A newly issued invoice, which has no payments yet. */
  static InvoiceView view(Invoice i) {
    return view(i, List.of());
  }

  static InvoiceView view(Invoice i, List<Payment> payments) {
    return new InvoiceView(
        i.id(), i.number(), i.status().name().toLowerCase(Locale.ROOT), i.planName(), i.periodStart(),
        i.periodEnd(), i.issuedAt(), i.dueAt(), i.currency(), lines(i), i.subtotal(), i.taxRateBp(), i.tax(),
        i.creditApplied(), i.total(), i.paidAt(), i.paymentReference(), refunded(payments),
        i.voidedAt(), i.voidReason(), payments.stream().map(PaymentView::of).toList());
  }
}
