package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class InvoiceFormatTest {

  private static Currency currency(String code) {
    return Currency.getInstance(code);
  }

  @Test
  void usesTheCurrencysFractionDigits() {
    assertEquals("JPY 1,234,567", InvoiceFormat.amount(1_234_567, currency("JPY")));
    assertEquals("CNY 12,345.67", InvoiceFormat.amount(1_234_567, currency("CNY")));
    assertEquals("EUR 12,345.67", InvoiceFormat.amount(1_234_567, currency("EUR")));
    assertEquals("USD 12,345.67", InvoiceFormat.amount(1_234_567, currency("USD")));
    assertEquals("BHD 1,234.567", InvoiceFormat.amount(1_234_567, currency("BHD")));
  }

  @Test
  void smallNegativeAndExtremeAmounts() {
    assertEquals("0.00", InvoiceFormat.number(0, currency("EUR")));
    assertEquals("0.05", InvoiceFormat.number(5, currency("EUR")));
    assertEquals("-0.05", InvoiceFormat.number(-5, currency("EUR")));
    assertEquals("-1,250.00", InvoiceFormat.number(-125_000, currency("USD")));
    assertEquals("-12", InvoiceFormat.number(-12, currency("JPY")));
    assertEquals("999", InvoiceFormat.number(999, currency("JPY")));
    assertEquals("1,000", InvoiceFormat.number(1000, currency("JPY")));
    assertEquals("-92,233,720,368,547,758.08", InvoiceFormat.number(Long.MIN_VALUE, currency("USD")));
    assertEquals("9,223,372,036,854,775,807", InvoiceFormat.number(Long.MAX_VALUE, currency("JPY")));
  }

  @Test
  void rejectsCurrenciesWithoutMinorUnit() {
    assertThrows(IllegalArgumentException.class, () -> InvoiceFormat.number(1, currency("XAU")));
  }

  @Test
  void taxRatesFromBasisPoints() {
    assertEquals("13.00%", InvoiceFormat.taxRate(1300));
    assertEquals("6.50%", InvoiceFormat.taxRate(650));
    assertEquals("0.00%", InvoiceFormat.taxRate(0));
    assertEquals("0.07%", InvoiceFormat.taxRate(7));
    assertEquals("125.00%", InvoiceFormat.taxRate(12_500));
    assertThrows(IllegalArgumentException.class, () -> InvoiceFormat.taxRate(-1));
  }

  @Test
  void periodShowsTheLastBilledDay() {
    assertEquals(
        "2026-01-31 – 2026-02-27", InvoiceFormat.period(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
    assertEquals("2026-03-01 – 2026-03-01", InvoiceFormat.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));
  }
}
