package dev.frontdesk.billing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** How plans, subscriptions and usage look in the API. */
public final class BillingViews {

  private BillingViews() {}

  /** A plan on sale (or the version a subscription is on): prices in minor units of {@code currency}. */
  public record PlanView(
      UUID id,
      String code,
      int version,
      String name,
      String description,
      String currency,
      long monthlyPrice,
      long yearlyPrice,
      int includedSeats,
      Long extraSeatMonthly,
      Long extraSeatYearly,
      Limits limits,
      Long overagePer100Conversations,
      int trialDays,
      int sortOrder,
      boolean latest) {

    static PlanView of(Plan p) {
      PlanTerms t = p.terms();
      return new PlanView(
          p.id(), p.code(), p.version(), t.name(), t.description(), t.currency(), t.monthlyPrice(), t.yearlyPrice(),
          t.includedSeats(), t.extraSeatMonthly(), t.extraSeatYearly(),
          new Limits(t.maxAccounts(), t.maxSeats(), t.maxConversations(), t.retentionDays(), t.maxPlugins()),
          t.overagePer100(), t.trialDays(), t.sortOrder(), p.latest());
    }
  }

  /** Null means unlimited. {@code conversationsPerPeriod} counts sessions started in a billing period. */
  public record Limits(
      Integer accounts, Integer seats, Integer conversationsPerPeriod, Integer retentionDays, Integer plugins) {}

  public record Pending(PlanView plan, String cycle, Integer seats, boolean cancels) {}

  public record SubscriptionView(
      PlanView plan,
      String cycle,
      int seats,
      String status,
      Instant periodStart,
      Instant periodEnd,
      Instant trialEnd,
      Pending atPeriodEnd,
      int taxRateBasisPoints,
      long creditBalance) {}

  /** Use in the current period against the plan's limits (null limit: unlimited). */
  public record UsageView(Instant periodStart, Instant periodEnd, Map<String, Meter> meters) {}

  public record Meter(long used, Integer limit, Integer percent) {
    static Meter of(long used, Integer limit) {
      return new Meter(used, limit, limit == null ? null : (int) Math.min(999, used * 100 / Math.max(1, limit)));
    }
  }
}
