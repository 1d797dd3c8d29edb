/**
 * The staff-facing API of customer service: CS accounts and their servicers, the agent's own status, the
 * sessions agents and supervisors work on (read, reply, claim, transfer, close, mark read), internal notes on
 * them, and customer profiles with their sessions.
 */
package dev.frontdesk.workspace;
