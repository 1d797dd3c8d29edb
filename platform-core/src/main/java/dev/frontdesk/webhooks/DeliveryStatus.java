package dev.frontdesk.webhooks;

import java.util.Locale;

/** Where a delivery stands: still trying, accepted by the receiver (2xx), or given up on. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for anything but pending, delivered or failed */
  public static DeliveryStatus parse(String text) {
    for (DeliveryStatus s : values()) {
      if (s.id().equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("must be pending, delivered or failed");
  }
}
