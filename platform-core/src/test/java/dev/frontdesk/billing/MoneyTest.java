package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void parsesPerTheCurrencysFractionDigits() {
    assertEquals(new Money(1250, "CNY"), Money.of("12.50", "CNY"));
    assertEquals(new Money(1250, "CNY"), Money.of("12.5", "CNY"));
    assertEquals(new Money(-300, "CNY"), Money.of("-3", "CNY"));
    assertEquals(new Money(1200, "JPY"), Money.of("1200", "JPY"));
    assertEquals(new Money(1234, "KWD"), Money.of("1.234", "KWD"));
  }

  @Test
  void refusesMoreFractionDigitsThanTheCurrencyHas() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("12.505", "CNY"));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1200.5", "JPY"));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1200.0", "JPY"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1e3", "+1", "1,000", ".5", "5.", " 5", "5 ", "--5", "abc"})
  void refusesAnythingButAPlainDecimal(String text) {
    assertThrows(IllegalArgumentException.class, () -> Money.of(text, "CNY"));
  }

  @Test
  void refusesUnknownCodesAndCurrenciesWithoutMinorUnit() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "ABC"));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "cny"));
    assertThrows(IllegalArgumentException.class, () -> Money.zero("XXX"));
  }

  @Test
  void formatsWithCodeAndExactDigits() {
    assertEquals("CNY 12.50", Money.of("12.5", "CNY").format());
    assertEquals("CNY -0.05", new Money(-5, "CNY").format());
    assertEquals("CNY 0.00", Money.zero("CNY").format());
    assertEquals("JPY 1200", Money.of("1200", "JPY").format());
    assertEquals("KWD 1.005", new Money(1005, "KWD").toString());
  }

  @Test
  void arithmetic() {
    Money a = Money.of("12.50", "CNY");
    Money b = Money.of("0.75", "CNY");
    assertEquals(Money.of("13.25", "CNY"), a.plus(b));
    assertEquals(Money.of("11.75", "CNY"), a.minus(b));
    assertEquals(Money.of("-0.75", "CNY"), b.negate());
    assertEquals(Money.of("37.50", "CNY"), a.times(3));
    assertTrue(a.compareTo(b) > 0);
    assertEquals(a, a.max(b));
    assertEquals(b, a.min(b));
  }

  @Test
  void percentOfRoundsHalfEven() {
    assertEquals(Money.of("13.00", "CNY"), Money.of("100", "CNY").percentOf(1300));
    assertEquals(new Money(162, "CNY"), new Money(1250, "CNY").percentOf(1300)); // 162.5 -> 162
    assertEquals(new Money(176, "CNY"), new Money(1350, "CNY").percentOf(1300)); // 175.5 -> 176
    assertEquals(new Money(-2, "CNY"), new Money(-5, "CNY").percentOf(5000));   // -2.5 -> -2
    assertEquals(new Money(8, "CNY"), new Money(15, "CNY").percentOf(5000));    // 7.5 -> 8
    assertEquals(new Money(120, "JPY"), new Money(1200, "JPY").percentOf(1000));
    assertEquals(new Money(2, "JPY"), new Money(5, "JPY").percentOf(3000));     // 1.5 -> 2
    assertEquals(new Money(2, "JPY"), new Money(25, "JPY").percentOf(1000));    // 2.5 -> 2
  }

  @Test
  void fractionRoundsOnceAfterTheExactProduct() {
    assertEquals(new Money(333, "CNY"), new Money(1000, "CNY").fraction(1, 3));
    assertEquals(new Money(667, "CNY"), new Money(1000, "CNY").fraction(2, 3));
    // Long.MAX_VALUE × 2 overflows a long, but the exact product divided by 2 is back in range.
    assertEquals(new Money(Long.MAX_VALUE, "CNY"), new Money(Long.MAX_VALUE, "CNY").fraction(2, 2));
    assertThrows(IllegalArgumentException.class, () -> new Money(1, "CNY").fraction(1, 0));
  }

  @Test
  void differentCurrenciesNeverMix() {
    Money cny = Money.of("1", "CNY");
    Money usd = Money.of("1", "USD");
    assertThrows(Money.CurrencyMismatchException.class, () -> cny.plus(usd));
    assertThrows(Money.CurrencyMismatchException.class, () -> cny.minus(usd));
    assertThrows(Money.CurrencyMismatchException.class, () -> cny.compareTo(usd));
    assertThrows(Money.CurrencyMismatchException.class, () -> cny.max(usd));
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Money max = new Money(Long.MAX_VALUE, "CNY");
    assertThrows(ArithmeticException.class, () -> max.plus(new Money(1, "CNY")));
    assertThrows(ArithmeticException.class, () -> new Money(Long.MIN_VALUE, "CNY").minus(new Money(1, "CNY")));
    assertThrows(ArithmeticException.class, () -> max.times(2));
    assertThrows(ArithmeticException.class, () -> new Money(Long.MIN_VALUE, "CNY").negate());
    assertThrows(ArithmeticException.class, () -> max.fraction(3, 2));
    assertThrows(ArithmeticException.class, () -> max.percentOf(20_000));
    assertThrows(ArithmeticException.class, () -> Money.of("92233720368547758.08", "CNY"));
  }
}
