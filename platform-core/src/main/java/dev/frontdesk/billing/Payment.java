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

/**
 * One attempt to pay an invoice: started by a provider's checkout (pending) and settled by its notice, or
 * recorded by the platform admin ({@code pluginId} null). Amounts in minor units of {@code currency}.
 */
@Entity
@Table(name = "payments")
public class Payment {

  public enum Status {
    PENDING,
    PAID,
    FAILED,
    REFUNDED
  }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "invoice_id", nullable = false, updatable = false)
  private UUID invoiceId;

  @Column(name = "plugin_id", updatable = false, length = 40)
  private String pluginId;

  @Column(nullable = false, updatable = false, length = 200)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Column(nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private long refunded;

  @Column(nullable = false)
  private long refunding;

  @Column(name = "redirect_url", updatable = false, length = 2000)
  private String redirectUrl;

  @Column(updatable = false, length = 10000)
  private String instructions;

  @Column(name = "failure_reason", length = 2000)
  private String failureReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  protected Payment() {}

  /** A checkout started through a provider plugin. */
  static Payment pending(Invoice invoice, String pluginId, String reference, String redirectUrl, String instructions, Instant at) {
    Payment p = new Payment(invoice, pluginId, reference, Status.PENDING, at);
    p.redirectUrl = redirectUrl;
    p.instructions = instructions;
    return p;
  }

  /** A payment the platform admin received outside the platform and records by hand. */
  static Payment recorded(Invoice invoice, String reference, Instant at) {
    Payment p = new Payment(invoice, null, reference, Status.PAID, at);
    p.paidAt = at;
    return p;
  }

  private Payment(Invoice invoice, String pluginId, String reference, Status status, Instant at) {
    this.id = UUID.randomUUID();
    this.invoiceId = invoice.id();
    this.pluginId = pluginId;
    this.reference = reference;
    this.status = status;
    this.amount = invoice.total();
    this.currency = invoice.currency();
    this.createdAt = at;
    this.updatedAt = at;
  }

  void paid(Instant at) {
    this.status = Status.PAID;
    this.paidAt = at;
    this.updatedAt = at;
  }

  void failed(String reason, Instant at) {
    this.status = Status.FAILED;
    this.failureReason = clipped(reason);
    this.updatedAt = at;
  }

  /** Reserves an amount being refunded, so a second refund started meanwhile sees it gone. */
  void refundStarted(long amount, Instant at) {
    this.refunding += amount;
    this.updatedAt = at;
  }

  /** The provider declined: the reserved amount is refundable again. */
  void refundReleased(long amount, Instant at) {
    this.refunding = Math.max(0, refunding - amount);
    this.updatedAt = at;
  }

  /** The provider gave back the reserved amount. */
  void refundDone(long amount, String note, Instant at) {
    this.refunding = Math.max(0, refunding - amount);
    refunded(amount, note, at);
  }

  /** What is left to give back, net of refunds under way. */
  long refundable() {
    return amount - refunded - refunding;
  }

  public long refunding() {
    return refunding;
  }

  /** Records money given back; wholly refunded once it reaches the amount. */
  void refunded(long more, String note, Instant at) {
    this.refunded += more;
    if (refunded >= amount) {
      this.status = Status.REFUNDED;
    }
    this.failureReason = clipped(note);
    this.updatedAt = at;
  }

  /** Cut to the column's 2,000 characters. */
  private static String clipped(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  public UUID id() {
    return id;
  }

  public UUID invoiceId() {
    return invoiceId;
  }

  public String pluginId() {
    return pluginId;
  }

  public String reference() {
    return reference;
  }

  public Status status() {
    return status;
  }

  public long amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public long refunded() {
    return refunded;
  }

  public String redirectUrl() {
    return redirectUrl;
  }

  public String instructions() {
    return instructions;
  }

  /** Why it failed, or the last refund's note. */
  public String note() {
    return failureReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant paidAt() {
    return paidAt;
  }
}
