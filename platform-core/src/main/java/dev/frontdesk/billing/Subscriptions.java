package dev.frontdesk.billing;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.TenantCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The current company's subscription. A company starts on the Free plan at signup; a company from before billing
 * existed gets the same on first use.
 */
@ApplicationScoped
public class Subscriptions {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PlanCatalog catalog;
  @Inject FrontdeskConfig config;
  @Inject PeriodClosing closing;

  /** Signup: the chosen plan (a paid one starts with its trial), else the platform's signup plan. */
  void onTenantCreated(@Observes TenantCreated created) {
    String code = created.planCode() != null ? created.planCode() : config.billingSignupPlan();
    Plan plan = catalog.latest(code)
        .orElseThrow(() -> ProblemException.invalid("plan", "no plan '" + code + "' is on sale; see GET /api/v1/billing/plans"));
    start(created.tenantId(), plan, created.at());
  }

  /** The subscription, created on the Free plan if the company has none yet. */
  @Transactional
  public Subscription current() {
    UUID tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("no company"));
    Subscription s = em.find(Subscription.class, tenant);
    if (s != null) {
      return s;
    }
    Plan plan = catalog.latest(config.billingSignupPlan()).or(() -> catalog.onSale().stream().findFirst())
        .orElseThrow(() -> ProblemException.conflict("The platform has no plans yet."));
    return start(tenant, plan, clock.instant());
  }

  /** The subscription locked for a change or a limit check that must not race another. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Subscription locked() {
    Subscription s = current();
    em.lock(s, LockModeType.PESSIMISTIC_WRITE);
    return s;
  }

  @Transactional
  public Plan plan(Subscription s) {
    return catalog.get(s.planId());
  }

  private Subscription start(UUID tenantId, Plan plan, Instant at) {
    Instant start = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Period first = Periods.period(start, BillingCycle.MONTHLY, 0);
    int trialDays = plan.terms().trialDays();
    Instant trialEnd = trialDays > 0 ? start.plus(Duration.ofDays(trialDays)) : null;
    Subscription s =
        new Subscription(tenantId, plan, BillingCycle.MONTHLY, plan.terms().includedSeats(), start, first.end(), trialEnd);
    em.persist(s);
    em.flush();
    if (trialEnd == null && plan.terms().monthlyPrice() > 0) {
      closing.opening(s, start);
    }
    return s;
  }
}
