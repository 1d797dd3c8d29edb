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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The company's invoices, as JSON views and as documents (HTML, PDF); marking them paid. */
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

  /** An invoice in the API; amounts in minor units. */
  public record InvoiceView(
      UUID id, String number, String status, String planName, Instant periodStart, Instant periodEnd, Instant issuedAt,
      Instant dueAt, String currency, List<PeriodClosing.StoredLine> lines, long subtotal, int taxRateBasisPoints,
      long tax, long creditApplied, long total, Instant paidAt, String paymentReference) {}

  @Transactional
  public List<InvoiceView> list() {
    return em.createQuery("select i from Invoice i order by i.issuedAt desc, i.number desc", Invoice.class)
        .getResultList().stream().map(Invoices::view).toList();
  }

  @Transactional
  public InvoiceView get(UUID id) {
    return view(find(id));
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
    return new InvoiceDocument(
        i.number(), i.status(), date(i.issuedAt()), date(i.dueAt()), date(i.periodStart()), date(i.periodEnd()),
        new InvoiceDocument.Seller(sellerName, List.of(), null),
        new InvoiceDocument.Buyer(tenant == null ? null : tenant.name(), tenant == null ? null : tenant.slug(), List.of(), null),
        Currency.getInstance(i.currency()), lines, i.subtotal(), i.taxRateBp(), i.tax(), gross, paid, gross - paid,
        i.paymentReference(), i.creditApplied() > 0 ? "Credit applied: " + i.creditApplied() + " (minor units)." : null);
  }

  /** The platform admin records a payment (bank transfer, manual provider) against any company's invoice. */
  public InvoiceView markPaid(UUID id, String reference) {
    // The app's role sees one company at a time (row-level security), so the invoice is looked for in each.
    for (UUID tenant : tenants.ids()) {
      if (TenantContext.callAs(tenant, () -> self.exists(id))) {
        return TenantContext.callAs(tenant, () -> self.paid(id, reference));
      }
    }
    throw ProblemException.notFound("No invoice " + id + ".");
  }

  @Transactional
  public boolean exists(UUID id) {
    return em.createQuery("select count(i) from Invoice i where i.id = :id", Long.class).setParameter("id", id)
        .getSingleResult() > 0;
  }

  @Transactional
  public InvoiceView paid(UUID id, String reference) {
    Invoice i = find(id);
    em.lock(i, LockModeType.PESSIMISTIC_WRITE);
    switch (i.status()) {
      case PAID -> throw ProblemException.conflict("Invoice " + i.number() + " is paid already (" + i.paymentReference() + ").");
      case VOID -> throw ProblemException.conflict("Invoice " + i.number() + " is void.");
      default -> i.markPaid(reference, clock.instant());
    }
    overdue.paymentReceived(clock.instant());
    return view(i);
  }

  private Invoice find(UUID id) {
    Invoice i = em.find(Invoice.class, id);
    if (i == null) {
      throw ProblemException.notFound("No invoice " + id + " in your company.");
    }
    return i;
  }

  private static LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private static List<PeriodClosing.StoredLine> lines(Invoice i) {
    return List.of(Json.read(i.linesJson(), PeriodClosing.StoredLine[].class));
  }

  static InvoiceView view(Invoice i) {
    return new InvoiceView(
        i.id(), i.number(), i.status().name().toLowerCase(java.util.Locale.ROOT), i.planName(), i.periodStart(),
        i.periodEnd(), i.issuedAt(), i.dueAt(), i.currency(), lines(i), i.subtotal(), i.taxRateBp(), i.tax(),
        i.creditApplied(), i.total(), i.paidAt(), i.paymentReference());
  }
}
