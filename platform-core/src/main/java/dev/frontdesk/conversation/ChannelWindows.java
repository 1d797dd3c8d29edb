package dev.frontdesk.conversation;

import java.time.Instant;

/**
 * The send-window rule of the channel a session came through (implemented by the plugin host): replaces the
 * account's own window for such sessions, since the channel's rule is what the channel enforces.
 */
public interface ChannelWindows {

  /** Why a business message may not be sent into the channel session now, or null when it may. */
  String refusal(Session session, Instant now);
}
