package dev.frontdesk.billing;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Everything an invoice shows, ready to render as HTML ({@link InvoiceHtml}) or PDF ({@link InvoicePdf}). Amounts are
 * {@code long} minor units of {@link #currency()}; the renderers never compute money, they only print it, so the
 * constructor checks that the figures add up instead of trusting whoever built the document.
 *
 * @param number invoice number, e.g. {@code FD-2026-000123}
 * @param periodStart first day of the billed period (inclusive)
 * @param periodEnd end of the billed period (exclusive, like the subscription period it comes from)
 * @param taxRateBasisPoints 1300 = 13.00 %
 * @param paymentReference the payment provider's reference once paid, else {@code null}
 * @param notes free text printed under the totals, or {@code null}
 */
public record InvoiceDocument(
    String number,
    Status status,
    LocalDate issueDate,
    LocalDate dueDate,
    LocalDate periodStart,
    LocalDate periodEnd,
    Seller seller,
    Buyer buyer,
    Currency currency,
    List<Line> lines,
    long subtotalMinor,
    int taxRateBasisPoints,
    long taxMinor,
    long totalMinor,
    long amountPaidMinor,
    long amountDueMinor,
    String paymentReference,
    String notes) {

  /** The invoice life cycle: draft → open → paid or void. */
  public enum Status {
    DRAFT,
    OPEN,
    PAID,
    VOID
  }

  /** The platform operator issuing the invoice. */
  public record Seller(String name, List<String> addressLines, String taxId) {
    public Seller {
      requireText(name, "seller name");
      addressLines = copyLines(addressLines);
    }
  }

  /** The billed company; every field may be absent (a tenant that never filled in its billing details). */
  public record Buyer(String companyName, String slug, List<String> addressLines, String taxId) {
    public Buyer {
      addressLines = copyLines(addressLines);
    }

    /** The best available name to show: company name, else slug, else a dash. */
    public String displayName() {
      if (companyName != null && !companyName.isBlank()) {
        return companyName;
      }
      return slug != null && !slug.isBlank() ? slug : "—";
    }
  }

  /**
   * One line item. The amount is given, not derived from quantity × unit amount, because prorated lines are
   * computed from seconds and rounded once by the billing engine. Credits have negative amounts.
   */
  public record Line(String description, long quantity, long unitAmountMinor, long amountMinor) {
    public Line {
      requireText(description, "line description");
    }
  }

  public InvoiceDocument {
    requireText(number, "invoice number");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(issueDate, "issue date");
    Objects.requireNonNull(dueDate, "due date");
    Objects.requireNonNull(periodStart, "period start");
    Objects.requireNonNull(periodEnd, "period end");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException("Currency " + currency + " has no minor unit");
    }
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("Period ends before it starts: " + periodStart + " – " + periodEnd);
    }
    if (taxRateBasisPoints < 0) {
      throw new IllegalArgumentException("Negative tax rate: " + taxRateBasisPoints);
    }
    long sum = 0;
    for (Line line : lines) {
      sum = Math.addExact(sum, line.amountMinor());
    }
    requireEqual("subtotal", sum, subtotalMinor);
    requireEqual("total", Math.addExact(subtotalMinor, taxMinor), totalMinor);
    requireEqual("amount due", Math.subtractExact(totalMinor, amountPaidMinor), amountDueMinor);
  }

  private static void requireEqual(String what, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalArgumentException("Invoice " + what + " is " + actual + " but the figures give " + expected);
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing " + what);
    }
  }

  private static List<String> copyLines(List<String> lines) {
    return lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).toList();
  }
}
