package dev.frontdesk.billing;

/** How often a subscription renews; expressed in calendar months so month-end clamping works for both. */
public enum BillingCycle {
  MONTHLY(1),
  YEARLY(12);

  private final int months;

  BillingCycle(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }
}
