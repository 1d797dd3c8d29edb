package dev.frontdesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a plan. Rows are never changed once a subscription may point at them: a change of terms is a
 * new version ({@link #latest} moves to it), so existing subscriptions keep what they signed up for until they
 * renew.
 */
@Entity
@Table(name = "plans")
public class Plan {

  @Id private UUID id;

  @Column(nullable = false, length = 40, updatable = false)
  private String code;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, length = 80, updatable = false)
  private String name;

  @Column(length = 500, updatable = false)
  private String description;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  @Column(name = "monthly_price", nullable = false, updatable = false)
  private long monthlyPrice;

  @Column(name = "yearly_price", nullable = false, updatable = false)
  private long yearlyPrice;

  @Column(name = "included_seats", nullable = false, updatable = false)
  private int includedSeats;

  @Column(name = "extra_seat_monthly", updatable = false)
  private Long extraSeatMonthly;

  @Column(name = "extra_seat_yearly", updatable = false)
  private Long extraSeatYearly;

  @Column(name = "max_accounts", updatable = false)
  private Integer maxAccounts;

  @Column(name = "max_seats", updatable = false)
  private Integer maxSeats;

  @Column(name = "max_conversations", updatable = false)
  private Integer maxConversations;

  @Column(name = "retention_days", updatable = false)
  private Integer retentionDays;

  @Column(name = "max_plugins", updatable = false)
  private Integer maxPlugins;

  @Column(name = "overage_per_100", updatable = false)
  private Long overagePer100;

  @Column(name = "trial_days", nullable = false, updatable = false)
  private int trialDays;

  @Column(name = "sort_order", nullable = false, updatable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean latest;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Plan() {}

  Plan(String code, int version, PlanTerms t, Instant at) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.version = version;
    this.name = t.name();
    this.description = t.description();
    this.currency = t.currency();
    this.monthlyPrice = t.monthlyPrice();
    this.yearlyPrice = t.yearlyPrice();
    this.includedSeats = t.includedSeats();
    this.extraSeatMonthly = t.extraSeatMonthly();
    this.extraSeatYearly = t.extraSeatYearly();
    this.maxAccounts = t.maxAccounts();
    this.maxSeats = t.maxSeats();
    this.maxConversations = t.maxConversations();
    this.retentionDays = t.retentionDays();
    this.maxPlugins = t.maxPlugins();
    this.overagePer100 = t.overagePer100();
    this.trialDays = t.trialDays();
    this.sortOrder = t.sortOrder() == null ? 0 : t.sortOrder();
    this.latest = true;
    this.createdAt = at;
  }

  void superseded() {
    this.latest = false;
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int version() {
    return version;
  }

  public boolean latest() {
    return latest;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The terms of this version, as a value. */
  public PlanTerms terms() {
    return new PlanTerms(
        name, description, currency, monthlyPrice, yearlyPrice, includedSeats, extraSeatMonthly, extraSeatYearly,
        maxAccounts, maxSeats, maxConversations, retentionDays, maxPlugins, overagePer100, trialDays, sortOrder);
  }
}
