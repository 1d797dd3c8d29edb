package dev.frontdesk.spi;

import java.util.Optional;

/**
 * Collects payment of the platform's invoices (billing). The platform, not a tenant, enables a provider; a
 * tenant admin picks one to pay an invoice with. A card provider creates a hosted checkout and confirms it by a
 * signed notification to its {@link HttpEndpoint}; a manual provider (bank transfer) gives instructions and
 * the platform admin marks the invoice paid.
 */
public interface PaymentProvider extends Extension {

  /** A short stable id, e.g. {@code "manual"}, {@code "stripe"}. */
  String providerId();

  /** Starts paying one invoice. */
  Checkout checkout(PaymentRequest request) throws Exception;

  /**
   * Reads a payment notification the provider's servers sent to the plugin's public endpoint, verifying its
   * signature; empty when it is not a valid notification.
   */
  Optional<PaymentNotice> notification(HttpEndpoint.Request request) throws Exception;

  /** Refunds part or all of a payment; throws when the provider refused. */
  String refund(String paymentReference, long amountMinor, String currency) throws Exception;

  /** Amounts are in minor units (cents) of an ISO 4217 currency. */
  record PaymentRequest(
      String invoiceId, String invoiceNumber, String tenantId, long amountMinor, String currency, String returnUrl) {}

  /** Either a page to send the payer to, or instructions to show them, or both. */
  record Checkout(String reference, String redirectUrl, String instructions) {}

  record PaymentNotice(String reference, String invoiceId, Status status, long amountMinor, String currency) {}

  enum Status {
    PAID,
    FAILED,
    REFUNDED
  }
}
