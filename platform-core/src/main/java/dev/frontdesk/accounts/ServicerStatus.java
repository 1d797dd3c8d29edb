package dev.frontdesk.accounts;

import java.util.Locale;

/**
 * A servicer's reception status, as in WeCom: receiving, or paused either "stopped" (off duty) or "suspended"
 * (away for a moment). Paused servicers get no new sessions and keep the ones they have.
 */
public enum ServicerStatus {
  RECEIVING,
  STOPPED,
  SUSPENDED;

  public boolean receiving() {
    return this == RECEIVING;
  }

  /** "receiving" or "paused", as the API names it. */
  public String apiStatus() {
    return receiving() ? "receiving" : "paused";
  }

  /** "stopped" or "suspended" when paused, else null. */
  public String pauseKind() {
    return receiving() ? null : name().toLowerCase(Locale.ROOT);
  }

  static ServicerStatus of(String status, String pauseKind) {
    if ("receiving".equals(status)) {
      return RECEIVING;
    }
    return "suspended".equals(pauseKind) ? SUSPENDED : STOPPED;
  }
}
