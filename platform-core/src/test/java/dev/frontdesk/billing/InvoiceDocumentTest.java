package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.billing.InvoiceDocument.Buyer;
import dev.frontdesk.billing.InvoiceDocument.Line;
import dev.frontdesk.billing.InvoiceDocument.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceDocumentTest {

  private static InvoiceDocument withTotals(long subtotal, long tax, long total, long paid, long due) {
    InvoiceDocument ok = InvoiceSamples.invoice(Status.OPEN, "EUR", InvoiceSamples.buyer("Acme"),
        List.of(new Line("Team plan", 1, 10_000, 10_000)), 1300);
    return new InvoiceDocument(ok.number(), ok.status(), ok.issueDate(), ok.dueDate(), ok.periodStart(),
        ok.periodEnd(), ok.seller(), ok.buyer(), ok.currency(), ok.lines(), subtotal, ok.taxRateBasisPoints(), tax,
        total, paid, due, null, null);
  }

  @Test
  void acceptsFiguresThatAddUp() {
    InvoiceDocument invoice = withTotals(10_000, 1_300, 11_300, 300, 11_000);
    assertEquals(11_000, invoice.amountDueMinor());
  }

  @Test
  void rejectsFiguresThatDoNotAddUp() {
    assertThrows(IllegalArgumentException.class, () -> withTotals(9_999, 1_300, 11_299, 0, 11_299));
    assertThrows(IllegalArgumentException.class, () -> withTotals(10_000, 1_300, 11_301, 0, 11_301));
    assertThrows(IllegalArgumentException.class, () -> withTotals(10_000, 1_300, 11_300, 300, 11_300));
  }

  @Test
  void copiesListsSoTheDocumentStaysImmutable() {
    List<Line> lines = new ArrayList<>(List.of(new Line("Team plan", 1, 500, 500)));
    InvoiceDocument invoice = InvoiceSamples.invoice(Status.OPEN, "USD", InvoiceSamples.buyer("Acme"), lines, 0);
    lines.add(new Line("Sneaked in", 1, 1, 1));
    assertEquals(1, invoice.lines().size());
    assertThrows(UnsupportedOperationException.class, () -> invoice.lines().add(lines.get(1)));
  }

  @Test
  void buyerFieldsMayBeAbsent() {
    Buyer nothing = new Buyer(null, null, null, null);
    assertEquals("—", nothing.displayName());
    assertTrue(nothing.addressLines().isEmpty());
    assertEquals("acme", new Buyer(" ", "acme", Arrays.asList("x", null, ""), null).displayName());
    assertEquals(List.of("x"), new Buyer(null, null, Arrays.asList("x", null, ""), null).addressLines());
  }
}
