package dev.frontdesk.spi;

import java.util.Objects;

/**
 * A customer as a channel knows them.
 *
 * @param id the channel's stable id for them (for email, the address, lower-cased)
 * @param name a display name, if the channel has one
 * @param email an email address, if known
 */
public record ExternalCustomer(String id, String name, String email) {

  public ExternalCustomer {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a customer id must not be blank");
    }
  }
}
