package dev.frontdesk.billing;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * Text forms shared by the invoice renderers. Money is printed from minor units with the currency's own fraction
 * digits and the ISO code in front ("CNY 1,234.50", "JPY 1,200"): symbols are ambiguous (¥ is both yuan and yen).
 * Integer arithmetic only.
 */
public final class InvoiceFormat {

  private InvoiceFormat() {}

  /** {@code amount(-123456, EUR)} → {@code "EUR -1,234.56"}. */
  public static String amount(long minor, Currency currency) {
    return currency.getCurrencyCode() + " " + number(minor, currency);
  }

  /** The amount without the currency code, e.g. for table cells under a currency heading. */
  public static String number(long minor, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("Currency " + currency + " has no minor unit");
    }
    // Work on the decimal string of the magnitude so Long.MIN_VALUE needs no special case.
    String magnitude = Long.toString(minor);
    boolean negative = magnitude.startsWith("-");
    if (negative) {
      magnitude = magnitude.substring(1);
    }
    if (magnitude.length() <= digits) {
      magnitude = "0".repeat(digits - magnitude.length() + 1) + magnitude;
    }
    String whole = magnitude.substring(0, magnitude.length() - digits);
    String fraction = magnitude.substring(magnitude.length() - digits);
    StringBuilder out = new StringBuilder(negative ? "-" : "");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    if (digits > 0) {
      out.append('.').append(fraction);
    }
    return out.toString();
  }

  /** Basis points as a percentage with two decimals: 1300 → "13.00%", 650 → "6.50%". */
  public static String taxRate(int basisPoints) {
    if (basisPoints < 0) {
      throw new IllegalArgumentException("Negative tax rate: " + basisPoints);
    }
    return basisPoints / 100 + "." + String.format(Locale.ROOT, "%02d", basisPoints % 100) + "%";
  }

  /** ISO dates: unambiguous for every reader of a multi-national invoice. */
  public static String date(LocalDate date) {
    return date.toString();
  }

  /**
   * The billed period as a reader expects it: both days inclusive. The subscription period's end is exclusive,
   * so the last billed day is the day before it (an empty period shows its start day only).
   */
  public static String period(LocalDate start, LocalDate endExclusive) {
    LocalDate last = endExclusive.isAfter(start) ? endExclusive.minusDays(1) : start;
    return date(start) + " – " + date(last);
  }

  /** Quantities are whole numbers (seats, blocks of conversations, months). */
  public static String quantity(long quantity) {
    return String.format(Locale.ROOT, "%,d", quantity);
  }
}
