package dev.frontdesk.conversation;

import dev.frontdesk.accounts.CsAccount;

/**
 * Fired inside the message's transaction when a customer's first message makes a session need someone to
 * answer. The account is already locked for routing; reception decides and updates the session.
 */
public record RoutingRequested(CsAccount account, Session session) {

  /**
   * Fired instead when the message's transaction holds the session's lock but not the account's (the session
   * closed while the message came in): the account lock must come first, so reception routes after commit.
   */
  public record AfterCommit(java.util.UUID tenantId, java.util.UUID accountId, java.util.UUID sessionId) {}
}
