package dev.frontdesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A company's subscription: its plan version, cycle and seats for the current period, and a change waiting for
 * the period's end (a downgrade, fewer seats, another cycle, or the end of the subscription).
 */
@Entity
@DynamicUpdate
@Table(name = "subscriptions")
public class Subscription {

  /** Where a subscription stands. */
  public enum Status {
    TRIALING,
    ACTIVE,
    PAST_DUE,
    CANCELED;

    public String apiName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** The company is the key (one subscription each); it is always looked up by the current company's id. */
  @Id
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "plan_id", nullable = false)
  private UUID planId;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_cycle", nullable = false, length = 10)
  private BillingCycle cycle;

  @Column(name = "billing_anchor", nullable = false)
  private Instant anchor;

  @Column(nullable = false)
  private int seats;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "period_start", nullable = false)
  private Instant periodStart;

  @Column(name = "period_end", nullable = false)
  private Instant periodEnd;

  @Column(name = "trial_end")
  private Instant trialEnd;

  @Column(name = "pending_plan_id")
  private UUID pendingPlanId;

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_cycle", length = 10)
  private BillingCycle pendingCycle;

  @Column(name = "pending_seats")
  private Integer pendingSeats;

  @Column(name = "cancel_at_period_end", nullable = false)
  private boolean cancelAtPeriodEnd;

  @Column(name = "tax_rate_bp", nullable = false)
  private int taxRateBp;

  @Column(name = "credit_balance", nullable = false)
  private long creditBalance;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Subscription() {}

  Subscription(UUID tenantId, Plan plan, BillingCycle cycle, int seats, Instant start, Instant end, Instant trialEnd) {
    this.tenantId = tenantId;
    this.planId = plan.id();
    this.cycle = cycle;
    this.anchor = start;
    this.seats = seats;
    this.status = trialEnd != null ? Status.TRIALING : Status.ACTIVE;
    this.periodStart = start;
    this.periodEnd = end;
    this.trialEnd = trialEnd;
    this.createdAt = start;
    this.updatedAt = start;
  }

  /** Takes effect now (an upgrade, more seats): the period stays, or restarts when the cycle changes. */
  void changeNow(Plan plan, BillingCycle cycle, int seats, Instant periodStart, Instant periodEnd, Instant at) {
    if (cycle != this.cycle) { // a new cycle starts its periods now
      this.anchor = periodStart;
    }
    this.planId = plan.id();
    this.cycle = cycle;
    this.seats = seats;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.pendingPlanId = null;
    this.pendingCycle = null;
    this.pendingSeats = null;
    this.cancelAtPeriodEnd = false;
    if (status == Status.CANCELED) {
      status = Status.ACTIVE;
    }
    this.updatedAt = at;
  }

  /** Takes effect when the period ends (a downgrade, fewer seats, a cycle switch to monthly). */
  void changeAtPeriodEnd(Plan plan, BillingCycle cycle, int seats, Instant at) {
    this.pendingPlanId = plan.id();
    this.pendingCycle = cycle;
    this.pendingSeats = seats;
    this.cancelAtPeriodEnd = false;
    this.updatedAt = at;
  }

  void cancelAtPeriodEnd(Instant at) {
    this.cancelAtPeriodEnd = true;
    this.pendingPlanId = null;
    this.pendingCycle = null;
    this.pendingSeats = null;
    this.updatedAt = at;
  }

  /**
   * The period ended: the next one starts on the given terms (a change that waited for it, or after a
   * cancellation the fallback plan); a trial that has run out makes the subscription active.
   */
  void renew(Plan plan, BillingCycle cycle, int seats, Instant anchor, Period next, boolean canceled, long creditBalance,
      Instant at) {
    this.planId = plan.id();
    this.cycle = cycle;
    this.seats = seats;
    this.anchor = anchor;
    this.periodStart = next.start();
    this.periodEnd = next.end();
    this.pendingPlanId = null;
    this.pendingCycle = null;
    this.pendingSeats = null;
    this.cancelAtPeriodEnd = false;
    if (canceled) {
      this.status = Status.CANCELED;
    } else if (status == Status.TRIALING && trialEnd != null && !trialEnd.isAfter(periodStart)) {
      this.status = Status.ACTIVE;
    }
    this.creditBalance = creditBalance;
    this.updatedAt = at;
  }

  /** An invoice is overdue past the grace period: paid features stop until it is paid. */
  void pastDue(Instant at) {
    if (status == Status.ACTIVE || status == Status.TRIALING) {
      status = Status.PAST_DUE;
      updatedAt = at;
    }
  }

  /** Paid: paid features come back. */
  void reinstated(Instant at) {
    if (status == Status.PAST_DUE) {
      status = trialEnd != null && trialEnd.isAfter(at) ? Status.TRIALING : Status.ACTIVE;
      updatedAt = at;
    }
  }

  void credit(long balance, Instant at) {
    this.creditBalance = balance;
    this.updatedAt = at;
  }

  void setTaxRate(int basisPoints, Instant at) {
    this.taxRateBp = basisPoints;
    this.updatedAt = at;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public UUID planId() {
    return planId;
  }

  public BillingCycle cycle() {
    return cycle;
  }

  public Instant anchor() {
    return anchor;
  }

  public int seats() {
    return seats;
  }

  public Status status() {
    return status;
  }

  public Instant periodStart() {
    return periodStart;
  }

  public Instant periodEnd() {
    return periodEnd;
  }

  public Instant trialEnd() {
    return trialEnd;
  }

  public UUID pendingPlanId() {
    return pendingPlanId;
  }

  public BillingCycle pendingCycle() {
    return pendingCycle;
  }

  public Integer pendingSeats() {
    return pendingSeats;
  }

  public boolean cancelsAtPeriodEnd() {
    return cancelAtPeriodEnd;
  }

  public int taxRateBp() {
    return taxRateBp;
  }

  public long creditBalance() {
    return creditBalance;
  }
}
