package dev.frontdesk.billing;

import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The platform admin's list of companies with their plan, status and monthly recurring revenue. The app's role
 * sees one company at a time, so the list visits them in turn.
 */
@ApplicationScoped
public class PlatformTenants {

  @PersistenceContext EntityManager em;
  @Inject Tenants tenants;
  @Inject Subscriptions subscriptions;
  @Inject PlanCatalog catalog;
  @Inject PlatformTenants self;
  @Inject Clock clock;

  /**
   * One company. {@code mrr} is the monthly equivalent of what it pays (a yearly price over 12, half-even), in
   * minor units; zero while trialing or cancelled.
   */
  public record TenantRow(
      UUID id, String slug, String name, Instant createdAt, String plan, String planName, String cycle, int seats,
      String status, Instant periodEnd, String currency, long mrr, long openInvoices, long overdueInvoices) {}

  public List<TenantRow> list() {
    List<TenantRow> rows = new ArrayList<>();
    for (UUID id : tenants.ids()) {
      TenantContext.runAs(id, () -> rows.add(self.row(id)));
    }
    rows.sort(java.util.Comparator.comparing(TenantRow::createdAt).reversed());
    return rows;
  }

  @Transactional
  public TenantRow row(UUID id) {
    Tenant t = em.find(Tenant.class, id);
    Subscription s = subscriptions.current();
    Plan plan = catalog.get(s.planId());
    Money price = SubscriptionChanges.price(plan.terms(), s.cycle(), s.seats());
    Money mrr = s.cycle() == BillingCycle.YEARLY ? price.fraction(1, 12) : price;
    boolean paying = s.status() == Subscription.Status.ACTIVE || s.status() == Subscription.Status.PAST_DUE;
    Instant now = clock.instant();
    long open = em.createQuery("select count(i) from Invoice i where i.status = :s", Long.class)
        .setParameter("s", InvoiceDocument.Status.OPEN).getSingleResult();
    long overdue = em.createQuery("select count(i) from Invoice i where i.status = :s and i.dueAt < :now", Long.class)
        .setParameter("s", InvoiceDocument.Status.OPEN).setParameter("now", now).getSingleResult();
    return new TenantRow(
        id, t.slug(), t.name(), t.createdAt(), plan.code(), plan.terms().name(), s.cycle().name().toLowerCase(java.util.Locale.ROOT),
        s.seats(), s.status().apiName(), s.periodEnd(), plan.terms().currency(), paying ? mrr.minor() : 0, open, overdue);
  }
}
