package dev.frontdesk.reception;

import java.time.Instant;
import java.util.UUID;

/**
 * A servicer as the router sees them at one moment.
 *
 * @param memberId the staff member
 * @param receiving false when paused (stopped or suspended)
 * @param activeSessions sessions of this account they hold now
 * @param lastAssignedAt when they last got a session of this account (null: never), for idle-first ties
 */
public record Candidate(UUID memberId, boolean receiving, int activeSessions, Instant lastAssignedAt) {

  boolean canTakeOneMore(int cap) {
    return receiving && activeSessions < cap;
  }

  Candidate withOneMore(Instant at) {
    return new Candidate(memberId, receiving, activeSessions + 1, at);
  }
}
