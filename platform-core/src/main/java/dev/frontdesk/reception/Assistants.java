package dev.frontdesk.reception;

import java.util.UUID;

/** Whether an assistant (a plugin) answers an account's new sessions; implemented by the plugin host. */
public interface Assistants {

  /** True when an assistant plugin is running and enabled for the account (or its whole company). */
  boolean availableFor(UUID accountId);
}
