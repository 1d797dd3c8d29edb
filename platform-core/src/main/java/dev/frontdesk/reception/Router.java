package dev.frontdesk.reception;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reception policy as a pure function: given the servicers' current load and the account's rules, who gets
 * a session, or should it wait. No persistence and no clock: {@link Reception} feeds it a consistent snapshot
 * taken under the account's lock.
 */
public final class Router {

  private final ReceptionPolicy policy;

  public Router(ReceptionPolicy policy) {
    this.policy = policy;
  }

  /**
   * One session's decision.
   *
   * @param candidates every servicer of the account, in any order
   * @param roundRobinCursor the servicer who got the previous round-robin session, if any
   * @param lastServicer who served this customer last within the policy's window, if anyone
   */
  public Decision decide(List<Candidate> candidates, UUID roundRobinCursor, Optional<UUID> lastServicer) {
    if (candidates.isEmpty()) {
      return new Decision.Wait(Decision.Reason.NO_SERVICERS);
    }
    if (policy.mode() == RoutingMode.MANUAL) {
      return new Decision.Wait(Decision.Reason.MANUAL_POOL);
    }
    int cap = policy.servicerCap();
    if (policy.preferLastServicer() && lastServicer.isPresent()) {
      for (Candidate c : candidates) {
        if (c.memberId().equals(lastServicer.get()) && c.canTakeOneMore(cap)) {
          return new Decision.Assign(c.memberId(), Decision.Reason.LAST_SERVICER);
        }
      }
    }
    List<Candidate> free = candidates.stream().filter(c -> c.canTakeOneMore(cap)).toList();
    if (free.isEmpty()) {
      return new Decision.Wait(Decision.Reason.NO_SERVICER_AVAILABLE);
    }
    return policy.mode() == RoutingMode.IDLE_FIRST
        ? new Decision.Assign(idlest(free), Decision.Reason.IDLE_FIRST)
        : new Decision.Assign(nextInTurn(free, roundRobinCursor), Decision.Reason.ROUND_ROBIN);
  }

  /**
   * Decisions for queued sessions, oldest first, as capacity allows. Stops at the first session that must wait:
   * whoever can serve a later session could have served that one, so stopping keeps the queue strictly FIFO.
   */
  public List<Drained> drain(
      List<Candidate> candidates, UUID roundRobinCursor, List<Queued> queue, Instant now) {
    List<Candidate> load = new ArrayList<>(candidates);
    UUID cursor = roundRobinCursor;
    List<Drained> out = new ArrayList<>();
    for (Queued queued : queue) {
      Decision decision = decide(load, cursor, queued.lastServicer());
      if (!(decision instanceof Decision.Assign assign)) {
        break;
      }
      out.add(new Drained(queued.sessionId(), assign));
      load.replaceAll(c -> c.memberId().equals(assign.memberId()) ? c.withOneMore(now) : c);
      if (assign.reason() == Decision.Reason.ROUND_ROBIN) {
        cursor = assign.memberId();
      }
    }
    return out;
  }

  /** A session waiting in the queue, with who served its customer last (if within the window). */
  public record Queued(UUID sessionId, Optional<UUID> lastServicer) {}

  /** A queued session and the servicer it goes to. */
  public record Drained(UUID sessionId, Decision.Assign assignment) {}

  private static UUID idlest(List<Candidate> free) {
    return free.stream()
        .min(
            Comparator.comparingInt(Candidate::activeSessions)
                .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Candidate::memberId))
        .orElseThrow()
        .memberId();
  }

  /** The first free servicer after the cursor in a stable order (member id), wrapping around. */
  private static UUID nextInTurn(List<Candidate> free, UUID cursor) {
    List<UUID> order = free.stream().map(Candidate::memberId).sorted().toList();
    if (cursor == null) {
      return order.get(0);
    }
    return order.stream().filter(id -> id.compareTo(cursor) > 0).findFirst().orElse(order.get(0));
  }
}
