package dev.frontdesk.events;

import java.util.UUID;

/** What an event is about, for routing it to the right live connections. */
public record Subject(UUID sessionId, UUID accountId, UUID customerId, UUID servicerId, Integer seq) {

  public static Subject none() {
    return new Subject(null, null, null, null, null);
  }
}
