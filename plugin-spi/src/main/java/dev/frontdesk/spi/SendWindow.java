package dev.frontdesk.spi;

import java.time.Duration;

/**
 * A channel's own rule for business messages: at most {@code maxMessages} within {@code within} of the
 * customer's last message (WeCom: 5 within 48 hours). The platform refuses sends outside it before calling
 * the plugin, and tells the agent why.
 */
public record SendWindow(int maxMessages, Duration within) {

  /** No limit: email, for example. */
  public static final SendWindow UNLIMITED = new SendWindow(Integer.MAX_VALUE, null);

  public SendWindow {
    if (maxMessages < 0) {
      throw new IllegalArgumentException("maxMessages must not be negative");
    }
  }

  public boolean unlimited() {
    return maxMessages == Integer.MAX_VALUE && within == null;
  }
}
