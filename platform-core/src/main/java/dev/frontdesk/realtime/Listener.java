package dev.frontdesk.realtime;

import java.util.UUID;

/** A live connection, as the hub sees it: which tenant it belongs to and what it wants to hear. */
public interface Listener {

  UUID tenantId();

  /** Called for each envelope of the listener's tenant; must not block (queue the send). */
  void deliver(Envelope envelope);

  /** Events may have been missed (the instance lost its notification connection): end the connection so that the
   * client reconnects and resumes from what it has. */
  void interrupted();
}
