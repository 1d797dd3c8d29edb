/**
 * The event log: everything that happens to sessions, messages and servicers, recorded in the transaction that
 * made it happen and published to live connections when it commits. The same rows feed {@code /sync} and
 * webhooks.
 */
package dev.frontdesk.events;
