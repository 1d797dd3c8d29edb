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

/** A charge or credit from a mid-period change, waiting for the next invoice ({@code invoiceId} null until then). */
@Entity
@Table(name = "billing_items")
public class BillingItem {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private LineKind kind;

  @Column(nullable = false, updatable = false, length = 300)
  private String description;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Column(nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "invoice_id")
  private UUID invoiceId;

  protected BillingItem() {}

  BillingItem(Proration.Line line, Instant at) {
    this.id = UUID.randomUUID();
    this.kind = line.kind();
    this.description = line.description().length() > 300 ? line.description().substring(0, 300) : line.description();
    this.amount = line.amount().minor();
    this.currency = line.amount().currency();
    this.createdAt = at;
  }

  void invoiced(UUID invoice) {
    this.invoiceId = invoice;
  }

  public Money amount() {
    return Money.ofMinor(amount, currency);
  }

  public LineKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public UUID invoiceId() {
    return invoiceId;
  }
}
