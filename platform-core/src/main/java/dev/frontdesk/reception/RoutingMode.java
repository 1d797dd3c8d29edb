package dev.frontdesk.reception;

/** How an account hands new sessions to its servicers. */
public enum RoutingMode {
  /** Take turns, in a stable order, skipping servicers who are paused or full. */
  ROUND_ROBIN,
  /** The servicer with the fewest active sessions; ties go to whoever waited longest for one. */
  IDLE_FIRST,
  /** Sessions wait in the account's pool until a servicer claims one. */
  MANUAL
}
