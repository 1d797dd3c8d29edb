/**
 * Real time: committed events reach every Frontdesk instance through PostgreSQL LISTEN/NOTIFY (in-process on
 * H2, which runs as one instance), and each instance pushes them to its own WebSocket connections.
 */
package dev.frontdesk.realtime;
