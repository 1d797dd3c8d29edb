package dev.frontdesk.billing;

/**
 * What is metered. Counters add up over a billing period; gauges ({@link #counter} false) are snapshots, of which
 * the period keeps the highest.
 */
public enum UsageKind {
  CONVERSATIONS(true),
  MESSAGES(true),
  ASSISTANT_ANSWERS(true),
  SEATS(false),
  STORAGE_BYTES(false);

  private final boolean counter;

  UsageKind(boolean counter) {
    this.counter = counter;
  }

  public boolean counter() {
    return counter;
  }

  public String apiName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
