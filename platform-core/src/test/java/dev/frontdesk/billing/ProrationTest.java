package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProrationTest {

  private static final Period MARCH_2024 = period("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z"); // 31 days
  private static final Period APRIL_2024 = period("2024-04-01T00:00:00Z", "2024-05-01T00:00:00Z"); // 30 days
  private static final Period FEB_2023 = period("2023-02-01T00:00:00Z", "2023-03-01T00:00:00Z");   // 28 days

  private static Period period(String start, String end) {
    return new Period(Instant.parse(start), Instant.parse(end));
  }

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  private static List<Money> amounts(Proration.Preview preview) {
    return preview.lines().stream().map(Proration.Line::amount).toList();
  }

  @Test
  void upgradeInA31DayMonth() {
    // 16 of 31 days left: credit 99.00 × 16/31 = 51.0968 → 51.10; charge 299.00 × 16/31 = 154.3226 → 154.32.
    Instant at = Instant.parse("2024-03-16T00:00:00Z");
    Proration.Preview preview = Proration.upgrade(cny("99.00"), cny("299.00"), MARCH_2024, at);
    assertEquals(List.of(cny("-51.10"), cny("154.32")), amounts(preview));
    assertEquals(LineKind.PRORATION_CREDIT, preview.lines().get(0).kind());
    assertEquals(LineKind.PRORATION_CHARGE, preview.lines().get(1).kind());
    assertEquals(cny("103.22"), preview.net());
    assertEquals(at, preview.effectiveAt());
    assertFalse(preview.restartsPeriod());
  }

  @Test
  void upgradeInJapaneseYenIn28DayMonth() {
    // 21 of 28 days left: 1200 × 3/4 = 900, 3000 × 3/4 = 2250.
    Proration.Preview preview = Proration.upgrade(Money.of("1200", "JPY"), Money.of("3000", "JPY"), FEB_2023,
        Instant.parse("2023-02-08T00:00:00Z"));
    assertEquals(List.of(Money.of("-900", "JPY"), Money.of("2250", "JPY")), amounts(preview));
    assertEquals(Money.of("1350", "JPY"), preview.net());
  }

  @Test
  void halfOfThePeriodRoundsEachLineHalfEven() {
    // 14 of 28 days: 1201/2 = 600.5 → 600 and 1203/2 = 601.5 → 602.
    Proration.Preview preview = Proration.upgrade(Money.of("1201", "JPY"), Money.of("1203", "JPY"), FEB_2023,
        Instant.parse("2023-02-15T00:00:00Z"));
    assertEquals(List.of(Money.of("-600", "JPY"), Money.of("602", "JPY")), amounts(preview));
  }

  @Test
  void changeAtTheVeryStartSwapsTheWholePrice() {
    Proration.Preview preview = Proration.upgrade(cny("99.00"), cny("299.00"), MARCH_2024, MARCH_2024.start());
    assertEquals(List.of(cny("-99.00"), cny("299.00")), amounts(preview));
    assertEquals(cny("200.00"), preview.net());
  }

  @Test
  void changeInTheLastSecondIsWorthAlmostNothing() {
    // One second of 2 678 400: 9900/2678400 and 29900/2678400 both round to 0.
    Proration.Preview preview = Proration.upgrade(cny("99.00"), cny("299.00"), MARCH_2024,
        Instant.parse("2024-03-31T23:59:59Z"));
    assertEquals(List.of(cny("0.00"), cny("0.00")), amounts(preview));
    // A large price still gets its one second: 2 678 400.00 × 1 / 2 678 400 = 1.00.
    assertEquals(cny("1.00"), Proration.remainingShare(cny("2678400.00"), MARCH_2024,
        Instant.parse("2024-03-31T23:59:59Z")));
  }

  @Test
  void refusesInstantsOutsideThePeriod() {
    assertThrows(IllegalArgumentException.class,
        () -> Proration.upgrade(cny("1"), cny("2"), MARCH_2024, MARCH_2024.end()));
    assertThrows(IllegalArgumentException.class,
        () -> Proration.upgrade(cny("1"), cny("2"), MARCH_2024, Instant.parse("2024-02-29T23:59:59Z")));
  }

  @Test
  void refusesMixedCurrencies() {
    assertThrows(Money.CurrencyMismatchException.class,
        () -> Proration.upgrade(cny("1"), Money.of("2", "USD"), MARCH_2024, MARCH_2024.start()));
  }

  @Test
  void moreSeatsAreChargedForTheRestOfThePeriod() {
    // 10 of 30 days left; 3 extra seats × 20.00 = 60.00 → 20.00.
    Proration.Preview preview = Proration.changeSeats(cny("20.00"), 5, 5, 8, APRIL_2024,
        Instant.parse("2024-04-21T00:00:00Z"));
    assertEquals(List.of(cny("20.00")), amounts(preview));
    assertEquals(cny("20.00"), preview.net());
    // 3 → 7 seats with 5 included: only 2 become billable; 40.00 / 3 = 13.333 → 13.33 (rounded once, not per seat).
    Proration.Preview partly = Proration.changeSeats(cny("20.00"), 5, 3, 7, APRIL_2024,
        Instant.parse("2024-04-21T00:00:00Z"));
    assertEquals(List.of(cny("13.33")), amounts(partly));
  }

  @Test
  void moreSeatsWithinTheIncludedOnesCostNothing() {
    Instant at = Instant.parse("2024-04-21T00:00:00Z");
    Proration.Preview preview = Proration.changeSeats(cny("20.00"), 5, 2, 4, APRIL_2024, at);
    assertTrue(preview.lines().isEmpty());
    assertEquals(cny("0"), preview.net());
    assertEquals(at, preview.effectiveAt());
  }

  @Test
  void fewerSeatsTakeEffectAtPeriodEndWithoutCredit() {
    Proration.Preview preview = Proration.changeSeats(cny("20.00"), 5, 8, 6, APRIL_2024,
        Instant.parse("2024-04-02T00:00:00Z"));
    assertTrue(preview.lines().isEmpty());
    assertEquals(cny("0"), preview.net());
    assertEquals(APRIL_2024.end(), preview.effectiveAt());
  }

  @Test
  void downgradeTakesEffectAtPeriodEnd() {
    Proration.Preview preview = Proration.downgrade(cny("299.00"), MARCH_2024);
    assertTrue(preview.lines().isEmpty());
    assertEquals(cny("0"), preview.net());
    assertEquals(MARCH_2024.end(), preview.effectiveAt());
  }

  @Test
  void monthlyToYearlyStartsAYearNowAndCreditsTheUnusedMonth() {
    Instant at = Instant.parse("2024-03-16T00:00:00Z");
    Proration.Preview preview = Proration.switchToYearly(cny("99.00"), MARCH_2024, cny("990.00"), at);
    assertEquals(List.of(cny("-51.10"), cny("990.00")), amounts(preview));
    assertEquals(cny("938.90"), preview.net());
    assertTrue(preview.restartsPeriod());
    assertEquals(at, preview.effectiveAt());
    assertEquals(period("2024-03-16T00:00:00Z", "2025-03-16T00:00:00Z"),
        Periods.containing(preview.effectiveAt(), BillingCycle.YEARLY, at));
  }

  @Test
  void yearlyToMonthlyWaitsForTheYearToEnd() {
    Period year = period("2024-03-16T00:00:00Z", "2025-03-16T00:00:00Z");
    Proration.Preview preview = Proration.switchToMonthly(cny("990.00"), year);
    assertTrue(preview.lines().isEmpty());
    assertEquals(year.end(), preview.effectiveAt());
  }

  @Test
  void linesKeepTheirSign() {
    assertThrows(IllegalArgumentException.class,
        () -> new Proration.Line(LineKind.PRORATION_CREDIT, "x", cny("1.00")));
    assertThrows(IllegalArgumentException.class,
        () -> new Proration.Line(LineKind.PRORATION_CHARGE, "x", cny("-1.00")));
  }
}
