package dev.frontdesk.reception;

import java.time.Duration;

/**
 * An account's reception rules.
 *
 * @param mode how new sessions are handed out
 * @param servicerCap how many active sessions of this account one servicer may hold at once
 * @param preferLastServicer give a returning customer the servicer who last served them, when receiving and
 *     under the cap
 * @param preferLastDays how far back "last served" looks
 * @param inactivityCloseMinutes close a session when nobody wrote for this long
 */
public record ReceptionPolicy(
    RoutingMode mode,
    int servicerCap,
    boolean preferLastServicer,
    int preferLastDays,
    int inactivityCloseMinutes) {

  public static final ReceptionPolicy DEFAULT = new ReceptionPolicy(RoutingMode.ROUND_ROBIN, 5, true, 7, 30);

  public Duration preferLastWindow() {
    return Duration.ofDays(preferLastDays);
  }

  public Duration inactivityTimeout() {
    return Duration.ofMinutes(inactivityCloseMinutes);
  }
}
