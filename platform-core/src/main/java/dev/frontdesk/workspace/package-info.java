/**
 * The staff-facing API of customer service: CS accounts and their servicers, the agent's own status, and the
 * sessions agents and supervisors work on (read, reply, claim, transfer, close).
 */
package dev.frontdesk.workspace;
