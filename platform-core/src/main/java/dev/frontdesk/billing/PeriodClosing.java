package dev.frontdesk.billing;

import dev.frontdesk.api.Json;
import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Closes the current company's ended billing periods. Billing is in advance, as with card subscriptions: each
 * closing issues one invoice for the period that starts (its base fee and extra seats, on the terms a change
 * may have waited for), together with what the ended period left behind (conversations past the plan's
 * allowance, the proration of changes made during it, the paid part of a trial that ended in it), taxed at the
 * company's rate and net of any credit; then the subscription renews. A paid plan taken without a trial is
 * invoiced for its first period at once. Nothing to pay (Free, a trial) issues no invoice.
 */
@ApplicationScoped
public class PeriodClosing {

  static final Duration PAYMENT_TERMS = Duration.ofDays(14);

  @PersistenceContext EntityManager em;
  @Inject Subscriptions subscriptions;
  @Inject PlanCatalog catalog;
  @Inject Usage usage;
  @Inject InvoiceNumbers numbers;
  @Inject FrontdeskConfig config;

  /** Whether the company has a period that ended by {@code at} (a cheap look before locking anything). */
  @Transactional
  public boolean due(Instant at) {
    return !subscriptions.current().periodEnd().isAfter(at);
  }

  /** Closes every period that has ended by {@code at}; the invoices issued, oldest first. */
  @Transactional
  public List<Invoice> closeEnded(Instant at) {
    Subscription s = subscriptions.locked();
    List<Invoice> issued = new java.util.ArrayList<>();
    while (!s.periodEnd().isAfter(at)) {
      close(s, at).ifPresent(issued::add);
    }
    return issued;
  }

  /** The first period of a paid plan taken without a trial, invoiced when it starts. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Invoice> opening(Subscription s, Instant at) {
    Plan plan = catalog.get(s.planId());
    Period period = new Period(s.periodStart(), s.periodEnd());
    return issue(plan.terms(), s.cycle(), s.seats(), period, Overage.NONE, List.of(), s, at);
  }

  private Optional<Invoice> close(Subscription s, Instant at) {
    Period ended = new Period(s.periodStart(), s.periodEnd());
    PlanTerms endedTerms = catalog.get(s.planId()).terms();
    long conversations = usage.total(UsageKind.CONVERSATIONS, ended.start(), ended.end());
    List<Proration.Line> carried = new java.util.ArrayList<>();
    if (s.trialEnd() != null && s.trialEnd().isAfter(ended.start()) && s.trialEnd().isBefore(ended.end())) {
      Money price = SubscriptionChanges.price(endedTerms, s.cycle(), s.seats());
      carried.add(new Proration.Line(LineKind.PRORATION_CHARGE, "After the trial (" + s.trialEnd() + " – " + ended.end() + ")",
          Proration.remainingShare(price, ended, s.trialEnd())));
    }
    Overage overage =
        endedTerms.maxConversations() != null && endedTerms.overagePer100() != null
            ? new Overage(conversations, endedTerms.maxConversations(), endedTerms.overagePer100())
            : Overage.NONE;
    Renewal r = renewal(s, ended);
    s.renew(r.plan(), r.cycle(), r.seats(), r.anchor(), r.period(), r.canceled(), s.creditBalance(), at);
    return issue(r.plan().terms(), r.cycle(), r.seats(), r.period(), overage, carried, s, at);
  }

  /** The ended period's conversations against its plan's allowance and overage price. */
  private record Overage(long used, long included, long per100) {
    static final Overage NONE = new Overage(0, 0, 0);
  }

  /**
   * Issues the invoice for {@code period} (fees in advance; nothing for its trial part) with what the ended period
   * left (overage, proration items, {@code carried} lines); empty when there is nothing to pay.
   */
  private Optional<Invoice> issue(
      PlanTerms t, BillingCycle cycle, int seats, Period period, Overage overage, List<Proration.Line> carried,
      Subscription s, Instant at) {
    String currency = t.currency();
    Money base = Money.ofMinor(cycle == BillingCycle.YEARLY ? t.yearlyPrice() : t.monthlyPrice(), currency);
    Long seatPrice = cycle == BillingCycle.YEARLY ? t.extraSeatYearly() : t.extraSeatMonthly();
    Money extraSeat = Money.ofMinor(seatPrice == null ? 0 : seatPrice, currency);
    if (s.status() == Subscription.Status.CANCELED) { // nothing more is charged for the plan itself
      base = Money.zero(currency);
      extraSeat = Money.zero(currency);
    } else if (s.trialEnd() != null && s.trialEnd().isAfter(period.start())) { // the trial part is free
      boolean endsInside = s.trialEnd().isBefore(period.end());
      base = endsInside ? Proration.remainingShare(base, period, s.trialEnd()) : Money.zero(currency);
      extraSeat = endsInside ? Proration.remainingShare(extraSeat, period, s.trialEnd()) : Money.zero(currency);
    }
    List<BillingItem> items =
        em.createQuery("select i from BillingItem i where i.invoiceId is null order by i.createdAt", BillingItem.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    List<Proration.Line> lines = new java.util.ArrayList<>(carried);
    items.forEach(i -> lines.add(new Proration.Line(i.kind(), i.description(), i.amount())));
    InvoiceTerms.Builder terms = InvoiceTerms.builder(t.name(), base)
        .seats(t.includedSeats(), seats, extraSeat)
        .proration(lines)
        .taxRate(s.taxRateBp())
        .startingCredit(Money.ofMinor(s.creditBalance(), currency));
    if (overage != Overage.NONE) {
      terms.conversations(overage.used(), overage.included(), Money.ofMinor(overage.per100(), currency));
    }
    InvoiceAmounts amounts = InvoiceCalculator.calculate(terms.build());
    if (amounts.lines().stream().allMatch(l -> l.amount().isZero())) {
      return Optional.empty();
    }
    Invoice inv = new Invoice(numbers.next(at), t.name(), period, at, at.plus(PAYMENT_TERMS), amounts, linesJson(amounts));
    em.persist(inv);
    items.forEach(i -> i.invoiced(inv.id()));
    s.credit(amounts.creditBalance().minor(), at);
    return Optional.of(inv);
  }

  private record Renewal(Plan plan, BillingCycle cycle, int seats, Instant anchor, Period period, boolean canceled) {}

  private Renewal renewal(Subscription s, Period ended) {
    boolean canceled = s.cancelsAtPeriodEnd();
    Plan next;
    BillingCycle cycle;
    int seats;
    if (canceled) {
      Plan current = catalog.get(s.planId());
      next = catalog.fallback(current.terms().currency()).orElse(current); // no free plan: it stays, unpaid
      cycle = BillingCycle.MONTHLY;
      seats = next.terms().includedSeats();
    } else {
      next = s.pendingPlanId() != null ? catalog.get(s.pendingPlanId()) : catalog.get(s.planId());
      cycle = s.pendingCycle() != null ? s.pendingCycle() : s.cycle();
      seats = s.pendingSeats() != null ? s.pendingSeats() : s.seats();
    }
    boolean sameCycle = cycle == s.cycle();
    Instant anchor = sameCycle ? s.anchor() : ended.end();
    Period period = sameCycle ? Periods.next(anchor, cycle, ended) : Periods.period(anchor, cycle, 0);
    return new Renewal(next, cycle, seats, anchor, period, canceled);
  }

  /** The lines as the invoice keeps them. */
  public record StoredLine(String kind, String description, long quantity, long unitAmount, long amount) {}

  private static String linesJson(InvoiceAmounts amounts) {
    return Json.write(amounts.lines().stream()
        .map(l -> new StoredLine(l.kind().name().toLowerCase(java.util.Locale.ROOT), l.description(), l.quantity(),
            l.unitAmount().minor(), l.amount().minor()))
        .toList());
  }
}
