package dev.frontdesk.billing;

import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Changes of plan, seats and cycle. What costs more takes effect now, prorated to the second (the unused part of
 * the old price credited, the rest of the new price charged on the next invoice); what costs less, and a switch
 * from yearly to monthly, takes effect when the paid period ends. Monthly to yearly starts a yearly period now.
 * During a trial nothing has been paid, so a change takes effect now without charges.
 */
@ApplicationScoped
public class SubscriptionChanges {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Subscriptions subscriptions;
  @Inject PlanCatalog catalog;

  /** What a change does, shown before confirming. */
  public record Outcome(
      String effective, Instant effectiveAt, BillingViews.PlanView plan, String cycle, int seats,
      List<ProrationLine> lines, long dueNow, String currency) {}

  /** One line of the preview; amounts in minor units, credits negative. */
  public record ProrationLine(String kind, String description, long amount) {}

  /** The change, not applied. */
  @Transactional
  public Outcome preview(ChangeRequest request) {
    return plan(subscriptions.current(), request).outcome();
  }

  /** Applies the change: now (charges saved for the next invoice) or at the period's end. */
  @Transactional
  public Outcome apply(ChangeRequest request) {
    Subscription s = subscriptions.locked();
    Planned p = plan(s, request);
    Instant now = p.at();
    if (p.now()) {
      Period period = p.preview().restartsPeriod() ? Periods.period(now, p.cycle(), 0) : new Period(s.periodStart(), s.periodEnd());
      s.changeNow(p.target(), p.cycle(), p.seats(), period.start(), period.end(), now);
      p.preview().lines().stream().filter(l -> !l.amount().isZero()).forEach(l -> em.persist(new BillingItem(l, now)));
    } else {
      s.changeAtPeriodEnd(p.target(), p.cycle(), p.seats(), now);
    }
    return p.outcome();
  }

  /** Sets the company's tax rate (platform admin). */
  @Transactional
  public BillingViews.SubscriptionView setTaxRate(int basisPoints) {
    subscriptions.locked().setTaxRate(basisPoints, clock.instant());
    return overview.subscription();
  }

  @Inject BillingOverview overview;

  /** Ends the subscription when the paid period ends (on Free: nothing to end). */
  @Transactional
  public void cancel() {
    Subscription s = subscriptions.locked();
    s.cancelAtPeriodEnd(clock.instant());
  }

  private record Planned(Plan target, BillingCycle cycle, int seats, Proration.Preview preview, boolean now, Instant at) {
    Outcome outcome() {
      List<ProrationLine> lines = preview.lines().stream()
          .map(l -> new ProrationLine(l.kind().name().toLowerCase(Locale.ROOT), l.description(), l.amount().minor()))
          .toList();
      return new Outcome(now ? "now" : "period_end", now ? at : preview.effectiveAt(), BillingViews.PlanView.of(target),
          cycle.name().toLowerCase(Locale.ROOT), seats, lines, Math.max(0, preview.net().minor()), preview.net().currency());
    }
  }

  private Planned plan(Subscription s, ChangeRequest request) {
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Plan current = catalog.get(s.planId());
    Plan target = target(request.planId(), current);
    PlanTerms t = target.terms();
    BillingCycle cycle = BillingCycle.valueOf(request.cycle().toUpperCase(Locale.ROOT));
    long members = em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    int seats = request.seats() != null ? request.seats()
        : (int) Math.max(t.includedSeats(), target.code().equals(current.code()) ? s.seats() : members);
    checkSeats(t, seats, members);
    if (!t.currency().equals(current.terms().currency())) {
      throw ProblemException.invalid("planId", "plan " + target.code() + " is sold in " + t.currency()
          + ", your subscription in " + current.terms().currency());
    }
    if (target.id().equals(current.id()) && cycle == s.cycle() && seats == s.seats()) {
      throw ProblemException.invalid("planId", "that is your subscription already");
    }
    Money oldPrice = price(current.terms(), s.cycle(), s.seats());
    Money newPrice = price(t, cycle, seats);
    Period period = new Period(s.periodStart(), s.periodEnd());
    Proration.Preview preview;
    boolean effectiveNow;
    if (s.status() == Subscription.Status.TRIALING) {
      preview = new Proration.Preview(List.of(), Money.zero(t.currency()), now, false);
      effectiveNow = true;
    } else if (s.cycle() == BillingCycle.MONTHLY && cycle == BillingCycle.YEARLY) {
      preview = Proration.switchToYearly(oldPrice, period, newPrice, now);
      effectiveNow = true;
    } else if (s.cycle() == BillingCycle.YEARLY && cycle == BillingCycle.MONTHLY) {
      preview = Proration.switchToMonthly(oldPrice, period);
      effectiveNow = false;
    } else if (newPrice.compareTo(oldPrice) > 0) {
      preview = Proration.upgrade(oldPrice, newPrice, period, now);
      effectiveNow = true;
    } else if (newPrice.compareTo(oldPrice) < 0) {
      preview = Proration.downgrade(oldPrice, period);
      effectiveNow = false;
    } else {
      preview = new Proration.Preview(List.of(), Money.zero(t.currency()), now, false);
      effectiveNow = true;
    }
    return new Planned(target, cycle, seats, preview, effectiveNow, now);
  }

  /** The plan asked for: a code (its latest version) or the id of the latest version. */
  private Plan target(String planId, Plan current) {
    try {
      Plan p = catalog.get(UUID.fromString(planId));
      if (!p.latest() && !p.id().equals(current.id())) {
        throw ProblemException.invalid("planId", "that version of " + p.code() + " is no longer sold; choose the current one");
      }
      return p;
    } catch (IllegalArgumentException notAnId) {
      return catalog.latest(planId)
          .orElseThrow(() -> ProblemException.invalid("planId", "no plan '" + planId + "' is on sale"));
    }
  }

  private static void checkSeats(PlanTerms t, int seats, long members) {
    if (seats < t.includedSeats()) {
      throw ProblemException.invalid("seats", "the " + t.name() + " plan includes " + t.includedSeats() + " seats; ask for at least that many");
    }
    if (t.maxSeats() != null && seats > t.maxSeats()) {
      throw ProblemException.invalid("seats", "the " + t.name() + " plan allows at most " + t.maxSeats() + " seats");
    }
    if (seats > t.includedSeats() && !t.sellsExtraSeats()) {
      throw ProblemException.invalid("seats", "the " + t.name() + " plan sells no seats beyond its " + t.includedSeats());
    }
    if (seats < members) {
      throw ProblemException.invalid("seats", "your company has " + members + " members; remove some before going down to " + seats + " seats");
    }
  }

  /** The price of one period: base fee plus the seats beyond the included ones. */
  static Money price(PlanTerms t, BillingCycle cycle, int seats) {
    long base = cycle == BillingCycle.YEARLY ? t.yearlyPrice() : t.monthlyPrice();
    Long seat = cycle == BillingCycle.YEARLY ? t.extraSeatYearly() : t.extraSeatMonthly();
    long extra = Math.max(0, seats - t.includedSeats());
    return Money.ofMinor(base, t.currency()).plus(Money.ofMinor(seat == null ? 0 : seat, t.currency()).times(extra));
  }
}
