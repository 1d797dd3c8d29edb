package dev.frontdesk.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * How much a business may write to a customer who has not written back: at most {@code messages} messages,
 * within {@code length} after the customer's last message. Humans answering their own active session are not
 * limited.
 */
public record SendWindow(int messages, Duration length) {

  /** WeCom Kf's rule: 5 messages within 48 hours. */
  public static final SendWindow WECOM = new SendWindow(5, Duration.ofHours(48));

  /** Why a business message may not be sent now, or null when it may. */
  public String refusal(Instant lastCustomerMessageAt, int sentSinceThen, Instant now) {
    if (lastCustomerMessageAt == null) {
      return "The customer has not written yet, so the business cannot message them first.";
    }
    if (now.isAfter(lastCustomerMessageAt.plus(length))) {
      return "The send window closed " + length.toHours() + " hours after the customer's last message; "
          + "wait until they write again.";
    }
    if (sentSinceThen >= messages) {
      return "Only " + messages + " messages may be sent after the customer's last message; wait until they "
          + "write again.";
    }
    return null;
  }
}
