package dev.frontdesk.plugins.manualpay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.PaymentProvider;
import dev.frontdesk.spi.testing.TestHost;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bank-transfer provider through the SPI test host, with the platform admin's settings. */
class BankTransferTest {

  static final PaymentProvider.PaymentRequest REQUEST =
      new PaymentProvider.PaymentRequest("inv-1", "FD-2026-000042", "tenant-1", 12_345, "EUR", null);

  @Test
  void checkoutNamesTheAmountTheAccountAndTheInvoiceNumberAsReference() throws Exception {
    try (TestHost host = TestHost.start()) {
      host.configurePlatform(Map.of("accountHolder", "Frontdesk GmbH", "bankName", "Musterbank", "iban",
          "de89370400440532013000", "bic", "cobadeffxxx", "instructions", "Questions? billing@example.com"));
      PaymentProvider provider = host.extension(PaymentProvider.class);
      assertEquals("manual", provider.providerId());
      PaymentProvider.Checkout c = provider.checkout(REQUEST);
      assertEquals("FD-2026-000042", c.reference());
      assertNull(c.redirectUrl());
      String text = c.instructions();
      assertTrue(text.startsWith("Please transfer EUR 123.45 to:\n"), text);
      assertTrue(text.contains("Account holder: Frontdesk GmbH\nIBAN: DE89 3704 0044 0532 0130 00\nBIC / SWIFT: COBADEFFXXX\nBank: Musterbank\n"), text);
      assertTrue(text.contains("Payment reference: FD-2026-000042\n"), text);
      assertTrue(text.endsWith("\n\nQuestions? billing@example.com"), text);
    }
  }

  @Test
  void amountsUseTheCurrencysDecimalsAndOptionalDetailsAreLeftOut() throws Exception {
    try (TestHost host = TestHost.start()) {
      host.configurePlatform(Map.of("accountHolder", "Frontdesk KK", "iban", "JP00 1234 5678"));
      String text = host.extension(PaymentProvider.class)
          .checkout(new PaymentProvider.PaymentRequest("inv-2", "FD-2026-000043", "t", 5_000, "JPY", null)).instructions();
      assertTrue(text.startsWith("Please transfer JPY 5000 to:"), text);
      assertTrue(!text.contains("BIC") && !text.contains("Bank:"), text);
      assertEquals("KWD 1.250", BankTransfer.amount(1_250, "KWD"));
    }
  }

  @Test
  void withoutTheBankDetailsCheckoutRefusesAndTheSchemaRequiresThem() throws Exception {
    try (TestHost host = TestHost.start()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> host.extension(PaymentProvider.class).checkout(REQUEST));
      assertTrue(e.getMessage().contains("platform admin"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> host.configurePlatform(Map.of("accountHolder", "Only a name")));
    }
  }

  @Test
  void noNoticeIsEverAcceptedAndARefundIsLeftToTheOperatorUnderAReference() throws Exception {
    try (TestHost host = TestHost.start()) {
      PaymentProvider provider = host.extension(PaymentProvider.class);
      HttpEndpoint.Request forged = new HttpEndpoint.Request("POST", "/notify", Map.of(), Map.of("content-type", List.of("application/json")),
          "{\"reference\":\"FD-2026-000042\",\"status\":\"PAID\"}".getBytes(), Optional.empty(), Optional.empty());
      assertEquals(Optional.empty(), provider.notification(forged));
      assertEquals("bank-transfer-refund:FD-2026-000042", provider.refund("FD-2026-000042", 2_000, "EUR"));
      assertTrue(host.logLines().stream().anyMatch(l -> l.contains("EUR 20.00") && l.contains("transfer it back")), host.logLines()::toString);
    }
  }
}
