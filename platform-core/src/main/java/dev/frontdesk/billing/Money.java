package dev.frontdesk.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of one ISO 4217 currency in its minor unit (fen, cent; yen has none). Billing never uses floating point:
 * every amount is an exact {@code long}, overflow throws instead of wrapping, and the only rounding happens in
 * {@link #fraction(long, long)} (half-even, once, on the final minor unit). Amounts of different currencies never
 * mix: any operation across currencies throws, so a currency can only change by constructing a new value.
 */
public record Money(long minor, String currency) implements Comparable<Money> {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final BigInteger BASIS_POINTS_PER_WHOLE = BigInteger.valueOf(10_000);

  public Money {
    Objects.requireNonNull(currency, "currency");
    fractionDigits(currency); // validates the code
  }

  public static Money ofMinor(long minor, String currency) {
    return new Money(minor, currency);
  }

  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  /**
   * Parses a plain decimal such as {@code "12.50"} or {@code "-3"}. More fraction digits than the currency has are
   * refused rather than rounded ({@code "1.005"} CNY, {@code "1200.0"} JPY): a price that cannot be charged exactly
   * is a configuration mistake to surface, not to paper over. Exponents, signs other than a leading minus and
   * grouping separators are refused too.
   */
  public static Money of(String decimal, String currency) {
    Objects.requireNonNull(decimal, "decimal");
    int digits = fractionDigits(currency);
    if (!DECIMAL.matcher(decimal).matches()) {
      throw new IllegalArgumentException("Not a plain decimal amount: '" + decimal + "'");
    }
    BigDecimal value = new BigDecimal(decimal);
    if (value.scale() > digits) {
      throw new IllegalArgumentException(
          currency + " has " + digits + " fraction digit(s); '" + decimal + "' has " + value.scale());
    }
    try {
      return new Money(value.movePointRight(digits).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new ArithmeticException("Amount out of range: " + decimal + " " + currency);
    }
  }

  /** Fraction digits of the code; pseudo-currencies without a minor unit (XXX, XAU) cannot be billed. */
  public static int fractionDigits(String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("Currency " + currency + " has no minor unit");
    }
    return digits;
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(minor, same(other).minor), currency);
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(minor, same(other).minor), currency);
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(minor, factor), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(minor), currency);
  }

  /**
   * This amount × numerator / denominator, rounded half-even to the minor unit. The product is formed exactly
   * (BigInteger) before the single division, so a share of a large price never loses precision on the way.
   */
  public Money fraction(long numerator, long denominator) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("Denominator must be positive: " + denominator);
    }
    BigInteger product = BigInteger.valueOf(minor).multiply(BigInteger.valueOf(numerator));
    return new Money(divideHalfEven(product, BigInteger.valueOf(denominator)), currency);
  }

  /** {@code basisPoints}/10000 of this amount (1300 = 13.00 %), half-even; used for tax. */
  public Money percentOf(long basisPoints) {
    BigInteger product = BigInteger.valueOf(minor).multiply(BigInteger.valueOf(basisPoints));
    return new Money(divideHalfEven(product, BASIS_POINTS_PER_WHOLE), currency);
  }

  private static long divideHalfEven(BigInteger dividend, BigInteger divisor) {
    try {
      return new BigDecimal(dividend).divide(new BigDecimal(divisor), 0, RoundingMode.HALF_EVEN).longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException("Amount out of range");
    }
  }

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Orders amounts of one currency; comparing across currencies throws, as it has no meaning without a rate. */
  @Override
  public int compareTo(Money other) {
    return Long.compare(minor, same(other).minor);
  }

  /** {@code "CNY 12.50"}, {@code "CNY -0.05"}, {@code "JPY 1200"}: code first, so it is unambiguous in logs. */
  public String format() {
    return currency + " " + BigDecimal.valueOf(minor, fractionDigits(currency)).toPlainString();
  }

  @Override
  public String toString() {
    return format();
  }

  private Money same(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(this, other);
    }
    return other;
  }

  /** Thrown when amounts of two currencies meet in one operation. */
  public static final class CurrencyMismatchException extends IllegalArgumentException {
    public CurrencyMismatchException(Money a, Money b) {
      super("Currency mismatch: " + a.format() + " and " + b.format());
    }
  }
}
