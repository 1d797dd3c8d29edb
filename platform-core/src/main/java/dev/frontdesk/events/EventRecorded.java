package dev.frontdesk.events;

/**
 * An event was just stored. Fired synchronously inside the recording transaction: observers that write do so
 * atomically with it, and must be quick (no network), since the message path waits for them.
 */
public record EventRecorded(LoggedEvent event) {}
