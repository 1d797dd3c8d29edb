package dev.frontdesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often the billing jobs look at a company: periods end and invoices fall due on a scale of days, so a look
 * a minute is plenty, however short the general job interval is. Kept per instance, in memory.
 */
@ApplicationScoped
public class BillingPace {

  static final Duration EVERY = Duration.ofMinutes(1);

  private final Map<String, Instant> last = new ConcurrentHashMap<>();

  /** True (and remembered) when the job has not looked at the company within a minute of {@code now}. */
  public boolean due(String job, UUID tenantId, Instant now) {
    String key = job + "/" + tenantId;
    Instant before = last.get(key);
    if (before != null && before.plus(EVERY).isAfter(now)) {
      return false;
    }
    last.put(key, now);
    return true;
  }
}
