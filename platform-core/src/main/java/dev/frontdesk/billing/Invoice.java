package dev.frontdesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An issued invoice: amounts in minor units of {@code currency}; only its status, payment and voiding change later. */
@Entity
@Table(name = "invoices")
public class Invoice {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false, length = 40)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InvoiceDocument.Status status;

  @Column(name = "plan_name", nullable = false, updatable = false, length = 80)
  private String planName;

  @Column(name = "period_start", nullable = false, updatable = false)
  private Instant periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private Instant periodEnd;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(nullable = false, updatable = false, length = 100000)
  private String lines;

  @Column(nullable = false, updatable = false)
  private long subtotal;

  @Column(name = "tax_rate_bp", nullable = false, updatable = false)
  private int taxRateBp;

  @Column(nullable = false, updatable = false)
  private long tax;

  @Column(name = "credit_applied", nullable = false, updatable = false)
  private long creditApplied;

  @Column(nullable = false, updatable = false)
  private long total;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "payment_reference", length = 200)
  private String paymentReference;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "void_reason", length = 500)
  private String voidReason;

  protected Invoice() {}

  Invoice(String number, String planName, Period period, Instant issuedAt, Instant dueAt, InvoiceAmounts amounts, String linesJson) {
    this.id = UUID.randomUUID();
    this.number = number;
    this.status = amounts.total().isZero() ? InvoiceDocument.Status.PAID : InvoiceDocument.Status.OPEN;
    this.planName = planName;
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.issuedAt = issuedAt;
    this.dueAt = dueAt;
    this.currency = amounts.subtotal().currency();
    this.lines = linesJson;
    this.subtotal = amounts.subtotal().minor();
    this.taxRateBp = amounts.taxRateBasisPoints();
    this.tax = amounts.tax().minor();
    this.creditApplied = amounts.creditApplied().minor();
    this.total = amounts.total().minor();
    if (status == InvoiceDocument.Status.PAID) { // covered by credit: nothing to pay
      this.paidAt = issuedAt;
      this.paymentReference = "credit";
    }
  }

  void markPaid(String reference, Instant at) {
    this.status = InvoiceDocument.Status.PAID;
    this.paymentReference = reference;
    this.paidAt = at;
  }

  /** Cancelled: nothing is owed on it any more. */
  void voided(String reason, Instant at) {
    this.status = InvoiceDocument.Status.VOID;
    this.voidReason = reason;
    this.voidedAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String number() {
    return number;
  }

  public InvoiceDocument.Status status() {
    return status;
  }

  public String planName() {
    return planName;
  }

  public Instant periodStart() {
    return periodStart;
  }

  public Instant periodEnd() {
    return periodEnd;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public String currency() {
    return currency;
  }

  String linesJson() {
    return lines;
  }

  public long subtotal() {
    return subtotal;
  }

  public int taxRateBp() {
    return taxRateBp;
  }

  public long tax() {
    return tax;
  }

  public long creditApplied() {
    return creditApplied;
  }

  public long total() {
    return total;
  }

  public Instant paidAt() {
    return paidAt;
  }

  public String paymentReference() {
    return paymentReference;
  }

  public Instant voidedAt() {
    return voidedAt;
  }

  public String voidReason() {
    return voidReason;
  }
}
