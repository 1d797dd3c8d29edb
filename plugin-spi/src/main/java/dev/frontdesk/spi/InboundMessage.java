package dev.frontdesk.spi;

import java.util.Objects;

/**
 * A customer's message arriving through a channel.
 *
 * @param accountId the CS account it is for; null means the binding's account (required for tenant-wide
 *     bindings)
 * @param customer who wrote it, identified by the channel's own id (an email address, a phone number)
 * @param threadKey the channel's conversation it belongs to (an email thread's first Message-ID): each thread
 *     is one session; null means the customer's open session with the account, or a new one
 * @param externalId the channel's id of this message, for idempotency
 */
public record InboundMessage(
    String accountId, ExternalCustomer customer, String threadKey, String externalId, Content content) {

  public InboundMessage {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(content, "content");
  }
}
