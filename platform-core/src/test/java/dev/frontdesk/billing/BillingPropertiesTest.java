package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the billing arithmetic over generated prices, instants and terms. */
class BillingPropertiesTest {

  private static final long YEAR_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_2100 = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_PRICE = 1_000_000_000_000L; // 10 billion in a 2-digit currency

  /** A subscription's period and an instant inside it. */
  record Moment(Instant anchor, BillingCycle cycle, Period period, Instant at) {
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("CNY", "USD", "EUR", "JPY", "KWD");
  }

  @Provide
  Arbitrary<Moment> moments() {
    Arbitrary<Instant> anchors = Arbitraries.longs().between(YEAR_2000, YEAR_2100).map(Instant::ofEpochSecond);
    Arbitrary<Long> offsets = Arbitraries.longs().between(0, 50L * 366 * 86_400);
    return Combinators.combine(anchors, Arbitraries.of(BillingCycle.class), offsets,
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as((anchor, cycle, offset, pick) -> {
          Period period = Periods.containing(anchor, cycle, anchor.plusSeconds(offset));
          Instant at = period.start().plusSeconds(Math.floorMod(pick, period.seconds()));
          return new Moment(anchor, cycle, period, at);
        });
  }

  @Provide
  Arbitrary<Money> prices() {
    return Combinators.combine(Arbitraries.longs().between(0, MAX_PRICE), currencies()).as(Money::new);
  }

  // ---- Money

  @Property
  void operationsNeverChangeCurrency(@ForAll("prices") Money a, @ForAll @LongRange(min = -MAX_PRICE, max = MAX_PRICE) long b,
                    @ForAll @IntRange(min = 0, max = 10_000) int bp,
                    @ForAll @LongRange(min = 1, max = 1_000_000) long denominator) {
    Money other = new Money(b, a.currency());
    for (Money result : List.of(a.plus(other), a.minus(other), a.times(7), a.negate(), a.percentOf(bp),
        a.fraction(Math.floorMod(b, denominator), denominator), a.max(other), a.min(other))) {
      assertEquals(a.currency(), result.currency());
    }
    String foreign = a.currency().equals("USD") ? "CNY" : "USD";
    assertThrows(Money.CurrencyMismatchException.class, () -> a.plus(new Money(b, foreign)));
    assertThrows(Money.CurrencyMismatchException.class, () -> a.minus(new Money(b, foreign)));
  }

  @Property
  void formatParsesBackToTheSameAmount(@ForAll @LongRange(min = -MAX_PRICE, max = MAX_PRICE) long minor,
                     @ForAll("currencies") String currency) {
    Money money = new Money(minor, currency);
    String text = money.format();
    assertTrue(text.startsWith(currency + " "));
    assertEquals(money, Money.of(text.substring(4), currency));
  }

  @Property
  void percentOfIsWithinHalfAMinorUnitOfTheExactValue(@ForAll @LongRange(min = -MAX_PRICE, max = MAX_PRICE) long minor,
                            @ForAll @IntRange(min = 0, max = 10_000) int bp) {
    long rounded = new Money(minor, "CNY").percentOf(bp).minor();
    BigInteger exactTimes10000 = BigInteger.valueOf(minor).multiply(BigInteger.valueOf(bp));
    BigInteger error = BigInteger.valueOf(rounded).multiply(BigInteger.valueOf(10_000)).subtract(exactTimes10000).abs();
    assertTrue(error.compareTo(BigInteger.valueOf(5_000)) <= 0, "error×10000 = " + error);
  }

  // ---- Periods

  @Property
  void periodsTileTimeAndKeepTheAnchorDay(@ForAll("moments") Moment m) {
    assertTrue(m.period().contains(m.at()));
    Period next = Periods.next(m.anchor(), m.cycle(), m.period());
    assertEquals(m.period().end(), next.start());
    assertEquals(m.period(), Periods.containing(m.anchor(), m.cycle(), m.period().end().minusNanos(1)));
    assertEquals(next, Periods.containing(m.anchor(), m.cycle(), m.period().end()));

    long days = m.period().seconds() / 86_400;
    if (m.cycle() == BillingCycle.MONTHLY) {
      assertTrue(days >= 28 && days <= 31, "days " + days);
    } else {
      assertTrue(days == 365 || days == 366, "days " + days);
    }
    ZonedDateTime anchor = m.anchor().atZone(ZoneOffset.UTC);
    ZonedDateTime start = m.period().start().atZone(ZoneOffset.UTC);
    assertEquals(Math.min(anchor.getDayOfMonth(), start.toLocalDate().lengthOfMonth()), start.getDayOfMonth());
    assertEquals(anchor.toLocalTime(), start.toLocalTime());
  }

  // ---- Proration

  @Property
  void creditAndRemainingChargeOfOnePriceAddUpToIt(@ForAll("prices") Money price, @ForAll("moments") Moment m) {
    long total = m.period().seconds();
    long remaining = m.period().secondsRemaining(m.at());
    Money used = price.fraction(total - remaining, total);
    Money rest = Proration.remainingShare(price, m.period(), m.at());
    assertTrue(Math.abs(used.plus(rest).minus(price).minor()) <= 1, used + " + " + rest + " vs " + price);

    Proration.Preview same = Proration.upgrade(price, price, m.period(), m.at());
    assertEquals(Money.zero(price.currency()), same.net());
  }

  @Property
  void prorationShrinksAsThePeriodRunsOut(@ForAll("prices") Money price, @ForAll("moments") Moment m,
                      @ForAll @LongRange(min = 0, max = 400L * 86_400) long later) {
    Instant atLater = m.at().plusSeconds(later % m.period().secondsRemaining(m.at()));
    Money early = Proration.remainingShare(price, m.period(), m.at());
    Money late = Proration.remainingShare(price, m.period(), atLater);
    assertTrue(late.compareTo(early) <= 0, late + " after " + early);
    assertTrue(!late.isNegative() && early.compareTo(price) <= 0);

    Money newPrice = price.plus(new Money(12_345, price.currency()));
    Proration.Preview first = Proration.upgrade(price, newPrice, m.period(), m.at());
    Proration.Preview second = Proration.upgrade(price, newPrice, m.period(), atLater);
    assertTrue(second.lines().get(1).amount().compareTo(first.lines().get(1).amount()) <= 0);
    assertTrue(second.lines().get(0).amount().compareTo(first.lines().get(0).amount()) >= 0);
  }

  @Property
  void previewsStayInTheirCurrencyAndNetIsTheSumOfLines(@ForAll("prices") Money price, @ForAll("moments") Moment m,
                              @ForAll @IntRange(min = 0, max = 50) int before,
                              @ForAll @IntRange(min = 0, max = 50) int after) {
    Money newPrice = price.times(2);
    List<Proration.Preview> previews = List.of(
        Proration.upgrade(price, newPrice, m.period(), m.at()),
        Proration.changeSeats(price, 5, before, after, m.period(), m.at()),
        Proration.switchToYearly(price, m.period(), newPrice.times(6), m.at()),
        Proration.downgrade(price, m.period()));
    for (Proration.Preview preview : previews) {
      Money sum = Money.zero(price.currency());
      for (Proration.Line line : preview.lines()) {
        assertEquals(price.currency(), line.amount().currency());
        sum = sum.plus(line.amount());
      }
      assertEquals(sum, preview.net());
      assertTrue(preview.effectiveAt().equals(m.at()) || preview.effectiveAt().equals(m.period().end()));
    }
    if (after < before) {
      assertTrue(previews.get(1).lines().isEmpty());
      assertEquals(m.period().end(), previews.get(1).effectiveAt());
    } else {
      assertTrue(!previews.get(1).net().isNegative());
    }
  }

  // ---- Invoices

  @Property
  void invoiceTotalsAreConsistent(@ForAll("prices") Money base, @ForAll @IntRange(min = 0, max = 20) int included,
                  @ForAll @IntRange(min = 0, max = 200) int seats,
                  @ForAll @LongRange(min = 0, max = 100_000_000) long seatPrice,
                  @ForAll @LongRange(min = 0, max = 10_000_000) long used,
                  @ForAll @LongRange(min = 0, max = 10_000_000) long includedConversations,
                  @ForAll @LongRange(min = 0, max = 100_000_000) long overage,
                  @ForAll boolean overageAllowed,
                  @ForAll @LongRange(min = 0, max = MAX_PRICE) long credit,
                  @ForAll @LongRange(min = 0, max = MAX_PRICE) long charge,
                  @ForAll @IntRange(min = 0, max = 10_000) int taxRate,
                  @ForAll @LongRange(min = 0, max = MAX_PRICE) long startingCredit) {
    String c = base.currency();
    List<Proration.Line> proration = new ArrayList<>();
    proration.add(new Proration.Line(LineKind.PRORATION_CREDIT, "credit", new Money(-credit, c)));
    proration.add(new Proration.Line(LineKind.PRORATION_CHARGE, "charge", new Money(charge, c)));
    InvoiceTerms terms = InvoiceTerms.builder("Plan", base)
        .seats(included, seats, new Money(seatPrice, c))
        .conversations(used, includedConversations, overageAllowed ? new Money(overage, c) : null)
        .proration(proration)
        .taxRate(taxRate)
        .startingCredit(new Money(startingCredit, c))
        .build();
    InvoiceAmounts invoice = InvoiceCalculator.calculate(terms);

    Money sum = Money.zero(c);
    for (InvoiceLine line : invoice.lines()) {
      assertEquals(line.unitAmount().times(line.quantity()), line.amount());
      sum = sum.plus(line.amount());
    }
    assertEquals(sum, invoice.subtotal());
    assertEquals(invoice.subtotal().percentOf(taxRate), invoice.tax());
    assertTrue(!invoice.total().isNegative() && !invoice.creditBalance().isNegative());
    assertTrue(!invoice.creditApplied().isNegative()
        && invoice.creditApplied().compareTo(terms.startingCredit()) <= 0);
    // What is paid minus what is carried is exactly the invoice's value less the credit brought in.
    assertEquals(invoice.subtotal().plus(invoice.tax()).minus(terms.startingCredit()),
        invoice.total().minus(invoice.creditBalance()));
    // Paying and carrying at once would be wrong: one of them is zero.
    assertTrue(invoice.total().isZero() || invoice.creditBalance().isZero());
    if (startingCredit == 0) {
      assertEquals(invoice.subtotal().plus(invoice.tax()).max(Money.zero(c)), invoice.total());
    }
    for (Money m : List.of(invoice.subtotal(), invoice.tax(), invoice.total(), invoice.creditBalance(),
        invoice.creditApplied())) {
      assertEquals(c, m.currency());
    }
    long blocks = invoice.lines().stream().filter(l -> l.kind() == LineKind.OVERAGE)
        .mapToLong(InvoiceLine::quantity).sum();
    long excess = Math.max(0, used - includedConversations);
    assertEquals(overageAllowed ? (excess + 99) / 100 : 0, blocks);
  }
}
