package dev.frontdesk.reception;

import java.util.UUID;

/** What the router decided for one session. */
public sealed interface Decision {

  /** Give the session to this servicer. */
  record Assign(UUID memberId, Reason reason) implements Decision {}

  /** Leave it waiting: in the pool (manual) or in the queue (everyone is paused or full). */
  record Wait(Reason reason) implements Decision {}

  enum Reason {
    LAST_SERVICER,
    ROUND_ROBIN,
    IDLE_FIRST,
    MANUAL_POOL,
    NO_SERVICER_AVAILABLE,
    NO_SERVICERS;

    /** The name events carry, e.g. {@code last_servicer}. */
    public String apiName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
