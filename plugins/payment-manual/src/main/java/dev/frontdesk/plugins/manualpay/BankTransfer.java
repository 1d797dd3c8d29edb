package dev.frontdesk.plugins.manualpay;

import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.PaymentProvider;
import dev.frontdesk.spi.PluginConfig;
import dev.frontdesk.spi.PluginContext;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Payment by bank transfer to the platform operator's account. The plugin moves no money and hears from no
 * bank: checkout tells the payer what to transfer where, with the invoice number as the reference; the platform
 * admin marks the invoice paid when the transfer shows on the statement; a refund is recorded here and the
 * operator sends the money back by transfer.
 */
public class BankTransfer implements PaymentProvider {

  private PluginContext context;

  @Override
  public void start(PluginContext context) {
    this.context = context;
  }

  @Override
  public String providerId() {
    return "manual";
  }

  /** The bank details from the platform settings; the reference is the invoice number, what the payer types. */
  @Override
  public Checkout checkout(PaymentRequest request) {
    PluginConfig settings = context.platformConfig();
    String holder = settings.string("accountHolder")
        .orElseThrow(() -> new IllegalStateException("the bank account is not set up: the platform admin must enter it"));
    String iban = settings.string("iban")
        .orElseThrow(() -> new IllegalStateException("the bank account is not set up: the platform admin must enter it"));
    StringBuilder text = new StringBuilder()
        .append("Please transfer ").append(amount(request.amountMinor(), request.currency())).append(" to:\n")
        .append("Account holder: ").append(holder).append('\n')
        .append("IBAN: ").append(groupIban(iban)).append('\n');
    settings.string("bic").filter(b -> !b.isBlank()).ifPresent(b -> text.append("BIC / SWIFT: ").append(b.toUpperCase(java.util.Locale.ROOT)).append('\n'));
    settings.string("bankName").filter(b -> !b.isBlank()).ifPresent(b -> text.append("Bank: ").append(b).append('\n'));
    text.append("Payment reference: ").append(request.invoiceNumber()).append('\n')
        .append("Use the invoice number as the payment reference so that we can match your transfer. The invoice is"
            + " marked paid when the money arrives, usually within a few working days.");
    settings.string("instructions").filter(b -> !b.isBlank()).ifPresent(b -> text.append("\n\n").append(b.strip()));
    return new Checkout(request.invoiceNumber(), null, text.toString());
  }

  /** Banks send no callbacks here: the platform admin marks a transferred invoice paid. */
  @Override
  public Optional<PaymentNotice> notification(HttpEndpoint.Request request) {
    return Optional.empty();
  }

  /**
   * Sends nothing: the operator transfers the money back from the bank account. Returns the reference the
   * platform records the refund under, and logs what to transfer.
   */
  @Override
  public String refund(String paymentReference, long amountMinor, String currency) {
    context.log().info("Refund of {} for {}: transfer it back to the payer's account", amount(amountMinor, currency), paymentReference);
    return "bank-transfer-refund:" + paymentReference;
  }

  /** {@code 12345, EUR} → {@code EUR 123.45}: the currency's own number of decimals. */
  static String amount(long minor, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return currency + " " + BigDecimal.valueOf(minor, digits).toPlainString();
  }

  /** An IBAN in groups of four, as printed on statements: easier to copy without mistakes. */
  static String groupIban(String iban) {
    String compact = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    return compact.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
