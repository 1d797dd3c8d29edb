package dev.frontdesk.conversation;

import java.util.Locale;
import java.util.UUID;

/**
 * The author of a message: the customer, a servicer (member id), the assistant, an API credential, or the
 * system (welcome and off-hours replies, in the account's name).
 */
public record Sender(SenderType type, UUID id) {

  public static final Sender SYSTEM = new Sender(SenderType.SYSTEM, null);

  public static Sender customer(UUID customerId) {
    return new Sender(SenderType.CUSTOMER, customerId);
  }

  public static Sender servicer(UUID memberId) {
    return new Sender(SenderType.SERVICER, memberId);
  }

  public static Sender api(UUID credentialId) {
    return new Sender(SenderType.API, credentialId);
  }

  /** The key under which a sender's {@code clientMsgId}s are unique. */
  String ref() {
    return type.name().toLowerCase(Locale.ROOT) + ":" + (id == null ? "-" : id);
  }
}
