package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceCalculatorTest {

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  private static List<LineKind> kinds(InvoiceAmounts invoice) {
    return invoice.lines().stream().map(InvoiceLine::kind).toList();
  }

  @Test
  void fullInvoiceWithSeatsOverageProrationAndTax() {
    Period march = new Period(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"));
    Proration.Preview upgrade = Proration.upgrade(cny("99.00"), cny("299.00"), march,
        Instant.parse("2024-03-16T00:00:00Z")); // -51.10, +154.32
    InvoiceAmounts invoice = InvoiceCalculator.calculate(InvoiceTerms.builder("Team", cny("299.00"))
        .seats(5, 8, cny("30.00"))
        .conversations(1250, 1000, cny("15.00"))
        .proration(upgrade.lines())
        .taxRate(600)
        .build());

    assertEquals(List.of(LineKind.BASE_FEE, LineKind.EXTRA_SEATS, LineKind.OVERAGE,
        LineKind.PRORATION_CREDIT, LineKind.PRORATION_CHARGE), kinds(invoice));
    InvoiceLine seats = invoice.lines().get(1);
    assertEquals(3, seats.quantity());
    assertEquals(cny("30.00"), seats.unitAmount());
    assertEquals(cny("90.00"), seats.amount());
    InvoiceLine overage = invoice.lines().get(2);
    assertEquals(3, overage.quantity()); // 250 over → 3 started blocks of 100
    assertEquals(cny("45.00"), overage.amount());
    assertEquals(cny("-51.10"), invoice.lines().get(3).amount());

    // 299.00 + 90.00 + 45.00 - 51.10 + 154.32 = 537.22; 6 % = 32.2332 → 32.23.
    assertEquals(cny("537.22"), invoice.subtotal());
    assertEquals(cny("32.23"), invoice.tax());
    assertEquals(cny("569.45"), invoice.total());
    assertEquals(cny("0"), invoice.creditBalance());
    assertEquals(cny("0"), invoice.creditApplied());
  }

  @Test
  void baseFeeOnlyWhenWithinEverything() {
    InvoiceAmounts invoice = InvoiceCalculator.calculate(InvoiceTerms.builder("Team", cny("299.00"))
        .seats(5, 5, cny("30.00"))
        .conversations(1000, 1000, cny("15.00"))
        .build());
    assertEquals(List.of(LineKind.BASE_FEE), kinds(invoice));
    assertEquals(cny("299.00"), invoice.total());
    assertEquals(cny("0"), invoice.tax());
  }

  @Test
  void overageCountsStartedBlocks() {
    assertEquals(1, overageBlocks(1001, 1000));
    assertEquals(1, overageBlocks(1100, 1000));
    assertEquals(2, overageBlocks(1101, 1000));
    assertEquals(2, overageBlocks(1200, 1000));
    assertEquals(0, overageBlocks(999, 1000));
  }

  private static long overageBlocks(long used, long included) {
    InvoiceAmounts invoice = InvoiceCalculator.calculate(InvoiceTerms.builder("Team", cny("1"))
        .conversations(used, included, cny("15.00")).build());
    return invoice.lines().stream().filter(l -> l.kind() == LineKind.OVERAGE)
        .mapToLong(InvoiceLine::quantity).sum();
  }

  @Test
  void noOverageLineWhenThePlanAllowsNone() {
    InvoiceAmounts invoice = InvoiceCalculator.calculate(InvoiceTerms.builder("Free", cny("0"))
        .conversations(5000, 100, null).build());
    assertEquals(List.of(LineKind.BASE_FEE), kinds(invoice));
    assertEquals(cny("0"), invoice.total());
  }

  @Test
  void taxIsRoundedHalfEvenOnceOnTheSubtotal() {
    // 12.50 × 13 % = 1.625 → 1.62; 13.50 × 13 % = 1.755 → 1.76.
    InvoiceAmounts even = InvoiceCalculator.calculate(InvoiceTerms.builder("T", cny("12.50")).taxRate(1300).build());
    assertEquals(cny("1.62"), even.tax());
    assertEquals(cny("14.12"), even.total());
    InvoiceAmounts odd = InvoiceCalculator.calculate(InvoiceTerms.builder("T", cny("13.50")).taxRate(1300).build());
    assertEquals(cny("1.76"), odd.tax());
    // Per-line tax would differ: 3 seats at 0.05 each taxed at 50 % per line = 3 × 0.02(5→2) = 0.06,
    // on the subtotal 0.15 × 50 % = 0.075 → 0.08.
    InvoiceAmounts seats = InvoiceCalculator.calculate(InvoiceTerms.builder("T", cny("0"))
        .seats(0, 3, cny("0.05")).taxRate(5000).build());
    assertEquals(cny("0.08"), seats.tax());
  }

  @Test
  void japaneseYenInvoice() {
    InvoiceAmounts invoice = InvoiceCalculator.calculate(InvoiceTerms.builder("Team", Money.of("3000", "JPY"))
        .seats(3, 4, Money.of("500", "JPY"))
        .taxRate(1000)
        .build());
    assertEquals(Money.of("3500", "JPY"), invoice.subtotal());
    assertEquals(Money.of("350", "JPY"), invoice.tax());
    assertEquals(Money.of("3850", "JPY"), invoice.total());
    assertEquals("JPY 3850", invoice.total().format());
  }

  @Test
  void creditsBeyondTheSubtotalAreCarriedWithTheirTax() {
    // 99.00 - 150.00 = -51.00; 13 % = -6.63; nothing due, 57.63 carried.
    InvoiceAmounts invoice = InvoiceCalculator.calculate(InvoiceTerms.builder("Team", cny("99.00"))
        .proration(List.of(new Proration.Line(LineKind.PRORATION_CREDIT, "unused", cny("-150.00"))))
        .taxRate(1300)
        .build());
    assertEquals(cny("-51.00"), invoice.subtotal());
    assertEquals(cny("-6.63"), invoice.tax());
    assertEquals(cny("0"), invoice.total());
    assertEquals(cny("57.63"), invoice.creditBalance());
  }

  @Test
  void startingCreditIsUsedUpFirst() {
    InvoiceAmounts partly = InvoiceCalculator.calculate(InvoiceTerms.builder("Team", cny("99.00"))
        .startingCredit(cny("57.63")).build());
    assertEquals(cny("57.63"), partly.creditApplied());
    assertEquals(cny("41.37"), partly.total());
    assertEquals(cny("0"), partly.creditBalance());

    InvoiceAmounts covered = InvoiceCalculator.calculate(InvoiceTerms.builder("Team", cny("99.00"))
        .taxRate(1000).startingCredit(cny("200.00")).build());
    assertEquals(cny("108.90"), covered.creditApplied());
    assertEquals(cny("0"), covered.total());
    assertEquals(cny("91.10"), covered.creditBalance());
  }

  @Test
  void refusesMixedCurrenciesAndBadTerms() {
    assertThrows(Money.CurrencyMismatchException.class, () -> InvoiceTerms.builder("T", cny("1"))
        .seats(1, 2, Money.of("1", "USD")).build());
    assertThrows(Money.CurrencyMismatchException.class, () -> InvoiceTerms.builder("T", cny("1"))
        .proration(List.of(new Proration.Line(LineKind.PRORATION_CHARGE, "x", Money.of("1", "JPY"))))
        .build());
    assertThrows(IllegalArgumentException.class, () -> InvoiceTerms.builder("T", cny("1")).taxRate(-1).build());
    assertThrows(IllegalArgumentException.class, () -> InvoiceTerms.builder("T", cny("-1")).build());
    assertThrows(IllegalArgumentException.class,
        () -> InvoiceTerms.builder("T", cny("1")).conversations(-1, 0, null).build());
  }

  @Test
  void linesAreExactProducts() {
    assertThrows(IllegalArgumentException.class,
        () -> new InvoiceLine(LineKind.EXTRA_SEATS, "x", 3, cny("1.00"), cny("2.99")));
    assertEquals(cny("3.00"), InvoiceLine.of(LineKind.EXTRA_SEATS, "x", 3, cny("1.00")).amount());
  }
}
