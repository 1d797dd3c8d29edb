/**
 * Reception: who answers a session. {@link dev.frontdesk.reception.Router} is the pure decision (round robin,
 * idle-first, manual pool, prefer the last servicer, per-servicer cap, FIFO queue);
 * {@link dev.frontdesk.reception.Reception} applies it to the database under the account's row lock, so
 * concurrent requests and instances never exceed a cap, assign a session twice or skip a queued one.
 */
package dev.frontdesk.reception;
