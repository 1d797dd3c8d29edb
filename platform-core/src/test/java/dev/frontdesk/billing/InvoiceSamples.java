package dev.frontdesk.billing;

import dev.frontdesk.billing.InvoiceDocument.Buyer;
import dev.frontdesk.billing.InvoiceDocument.Line;
import dev.frontdesk.billing.InvoiceDocument.Seller;
import dev.frontdesk.billing.InvoiceDocument.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Invoices for the renderer tests, with totals that add up (the record checks them). */
final class InvoiceSamples {

  static final Seller SELLER =
      new Seller("Frontdesk Cloud Ltd.", List.of("1 Harbour Road", "Wan Chai, Hong Kong"), "HK-12345678");

  private InvoiceSamples() {}

  static Buyer buyer(String name) {
    return new Buyer(name, "acme", List.of("221B Baker Street", "London NW1 6XE"), "GB123456789");
  }

  static InvoiceDocument invoice(Status status, String currency, Buyer buyer, List<Line> lines, int taxBp) {
    long subtotal = lines.stream().mapToLong(Line::amountMinor).sum();
    // Rounded half up for brevity: the renderers only print the figures, the record checks they add up.
    long tax = Math.floorDiv(subtotal * taxBp + 5000, 10_000);
    long total = subtotal + tax;
    long paid = status == Status.PAID ? total : 0;
    return new InvoiceDocument(
        "FD-2026-000123",
        status,
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 15),
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 3, 1),
        SELLER,
        buyer,
        Currency.getInstance(currency),
        lines,
        subtotal,
        taxBp,
        tax,
        total,
        paid,
        total - paid,
        status == Status.PAID ? "ch_3PZ8kL2eZvKYlo2C" : null,
        "Thank you for your business.\nQuestions? billing@frontdesk.example");
  }

  /** Base fee, extra seats, overage and a proration credit. */
  static List<Line> typicalLines(long unit) {
    return List.of(
        new Line("Team plan, monthly", 1, 99 * unit, 99 * unit),
        new Line("Extra seats", 3, 9 * unit, 27 * unit),
        new Line("Overage: conversations per 100", 2, 5 * unit, 10 * unit),
        new Line("Proration credit: Free → Team (unused time)", 1, -12 * unit - unit / 2, -12 * unit - unit / 2));
  }

  static List<Line> manyLines(int count) {
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      lines.add(new Line(String.format("Usage block #%03d for February", i), i, 150, 150L * i));
    }
    return lines;
  }
}
