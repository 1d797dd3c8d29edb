package dev.frontdesk.conversation;

import dev.frontdesk.accounts.CsAccount;

/**
 * Fired inside the message's transaction when a customer's first message makes a session need someone to
 * answer. The account is already locked for routing; reception decides and updates the session.
 */
public record RoutingRequested(CsAccount account, Session session) {}
