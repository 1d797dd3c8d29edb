package dev.frontdesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** The company's subscription and its use against the plan's limits, as the API shows them. */
@ApplicationScoped
public class BillingOverview {

  @PersistenceContext EntityManager em;
  @Inject Subscriptions subscriptions;
  @Inject PlanCatalog catalog;
  @Inject Usage usage;

  @Transactional
  public BillingViews.SubscriptionView subscription() {
    Subscription s = subscriptions.current();
    Plan plan = catalog.get(s.planId());
    BillingViews.Pending pending = null;
    if (s.cancelsAtPeriodEnd()) {
      pending = new BillingViews.Pending(null, null, null, true);
    } else if (s.pendingPlanId() != null) {
      pending = new BillingViews.Pending(
          BillingViews.PlanView.of(catalog.get(s.pendingPlanId())), s.pendingCycle().name().toLowerCase(java.util.Locale.ROOT),
          s.pendingSeats(), false);
    }
    return new BillingViews.SubscriptionView(
        BillingViews.PlanView.of(plan), s.cycle().name().toLowerCase(java.util.Locale.ROOT), s.seats(), s.status().apiName(),
        s.periodStart(), s.periodEnd(), s.trialEnd(), pending, s.taxRateBp(), s.creditBalance());
  }

  /** Metered use in the current period, and the counted resources, each with its limit. */
  @Transactional
  public BillingViews.UsageView usage() {
    Subscription s = subscriptions.current();
    PlanTerms t = catalog.get(s.planId()).terms();
    Map<UsageKind, Long> metered = usage.totals(s.periodStart(), s.periodEnd());
    Map<String, BillingViews.Meter> meters = new LinkedHashMap<>();
    meters.put("conversations", BillingViews.Meter.of(metered.get(UsageKind.CONVERSATIONS), t.maxConversations()));
    meters.put("messages", BillingViews.Meter.of(metered.get(UsageKind.MESSAGES), null));
    meters.put("assistantAnswers", BillingViews.Meter.of(metered.get(UsageKind.ASSISTANT_ANSWERS), null));
    meters.put("accounts", BillingViews.Meter.of(count("select count(a) from CsAccount a where a.deletedAt is null"), t.maxAccounts()));
    meters.put("seats", BillingViews.Meter.of(count("select count(m) from Member m"), s.seats()));
    meters.put("plugins", BillingViews.Meter.of(
        count("select count(distinct b.pluginId) from PluginBinding b where b.enabled = true"), t.maxPlugins()));
    meters.put("storageBytes", BillingViews.Meter.of(storedBytes(s.tenantId()), null));
    return new BillingViews.UsageView(s.periodStart(), s.periodEnd(), meters);
  }

  private long storedBytes(java.util.UUID tenantId) {
    return ((Number) em.createNativeQuery("select coalesce(sum(size_bytes), 0) from attachments where tenant_id = ?1")
            .setParameter(1, tenantId)
            .getSingleResult())
        .longValue();
  }

  private long count(String jpql) {
    return ((Number) em.createQuery(jpql).getSingleResult()).longValue();
  }
}
