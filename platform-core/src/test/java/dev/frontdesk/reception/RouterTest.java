package dev.frontdesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RouterTest {

  static final UUID A = new UUID(0, 1);
  static final UUID B = new UUID(0, 2);
  static final UUID C = new UUID(0, 3);
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  static ReceptionPolicy policy(RoutingMode mode, int cap, boolean preferLast) {
    return new ReceptionPolicy(mode, cap, preferLast, 7, 30);
  }

  static Candidate free(UUID id, int load) {
    return new Candidate(id, true, load, null);
  }

  static UUID assigned(Decision d) {
    return assertInstanceOf(Decision.Assign.class, d).memberId();
  }

  @Test
  void roundRobinTakesTurnsAndSkipsPausedAndFullServicers() {
    Router router = new Router(policy(RoutingMode.ROUND_ROBIN, 2, false));
    List<Candidate> all = List.of(free(C, 0), free(A, 0), free(B, 0));
    assertEquals(A, assigned(router.decide(all, null, Optional.empty())));
    assertEquals(B, assigned(router.decide(all, A, Optional.empty())));
    assertEquals(C, assigned(router.decide(all, B, Optional.empty())));
    assertEquals(A, assigned(router.decide(all, C, Optional.empty())), "wraps around");

    List<Candidate> bPausedCFull = List.of(free(A, 0), new Candidate(B, false, 0, null), free(C, 2));
    assertEquals(A, assigned(router.decide(bPausedCFull, A, Optional.empty())));
  }

  @Test
  void idleFirstPicksTheFewestSessionsThenWhoWaitedLongest() {
    Router router = new Router(policy(RoutingMode.IDLE_FIRST, 5, false));
    assertEquals(B, assigned(router.decide(List.of(free(A, 2), free(B, 1), free(C, 3)), null, Optional.empty())));
    List<Candidate> tie =
        List.of(new Candidate(A, true, 1, T0.plusSeconds(5)), new Candidate(B, true, 1, T0), free(C, 4));
    assertEquals(B, assigned(router.decide(tie, null, Optional.empty())));
  }

  @Test
  void manualModeLeavesEverySessionInThePool() {
    Router router = new Router(policy(RoutingMode.MANUAL, 5, true));
    Decision d = router.decide(List.of(free(A, 0)), null, Optional.of(A));
    assertEquals(Decision.Reason.MANUAL_POOL, assertInstanceOf(Decision.Wait.class, d).reason());
  }

  @Test
  void prefersTheLastServicerAndFallsBackWhenTheyAreFullOrPaused() {
    Router router = new Router(policy(RoutingMode.ROUND_ROBIN, 2, true));
    Decision d = router.decide(List.of(free(A, 1), free(B, 0)), null, Optional.of(B));
    assertEquals(new Decision.Assign(B, Decision.Reason.LAST_SERVICER), d);

    assertEquals(A, assigned(router.decide(List.of(free(A, 1), free(B, 2)), null, Optional.of(B))));
    assertEquals(
        A, assigned(router.decide(List.of(free(A, 1), new Candidate(B, false, 0, null)), null, Optional.of(B))));

    Router ignoring = new Router(policy(RoutingMode.ROUND_ROBIN, 2, false));
    assertEquals(A, assigned(ignoring.decide(List.of(free(A, 1), free(B, 0)), null, Optional.of(B))));
  }

  @Test
  void everyoneFullOrPausedMeansWait() {
    Router router = new Router(policy(RoutingMode.IDLE_FIRST, 1, true));
    Decision d = router.decide(List.of(free(A, 1), new Candidate(B, false, 0, null)), null, Optional.of(B));
    assertEquals(Decision.Reason.NO_SERVICER_AVAILABLE, assertInstanceOf(Decision.Wait.class, d).reason());
    assertEquals(
        Decision.Reason.NO_SERVICERS,
        assertInstanceOf(Decision.Wait.class, router.decide(List.of(), null, Optional.empty())).reason());
  }

  @Test
  void drainingTheQueueIsFifoAndNeverExceedsTheCap() {
    Router router = new Router(policy(RoutingMode.ROUND_ROBIN, 2, false));
    List<Router.Queued> queue = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      queue.add(new Router.Queued(new UUID(1, i), Optional.empty()));
    }
    List<Router.Drained> out = router.drain(List.of(free(A, 1), free(B, 0)), null, queue, T0);
    assertEquals(List.of(new UUID(1, 0), new UUID(1, 1), new UUID(1, 2)), out.stream().map(Router.Drained::sessionId).toList());
    assertEquals(List.of(A, B, B), out.stream().map(d -> d.assignment().memberId()).toList());
  }

  @Test
  void drainingHonoursPreferLastServicerWithoutJumpingTheQueue() {
    Router router = new Router(policy(RoutingMode.IDLE_FIRST, 1, true));
    List<Router.Queued> queue =
        List.of(
            new Router.Queued(new UUID(1, 0), Optional.of(B)),
            new Router.Queued(new UUID(1, 1), Optional.of(B)),
            new Router.Queued(new UUID(1, 2), Optional.empty()));
    List<Router.Drained> out = router.drain(List.of(free(A, 0), free(B, 0)), null, queue, T0);
    assertEquals(2, out.size());
    assertEquals(new Decision.Assign(B, Decision.Reason.LAST_SERVICER), out.get(0).assignment());
    assertEquals(new Decision.Assign(A, Decision.Reason.IDLE_FIRST), out.get(1).assignment());
  }
}
