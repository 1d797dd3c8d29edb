package dev.frontdesk.reception;

import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.accounts.Servicers;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.Conversations;
import dev.frontdesk.conversation.Inbound;
import dev.frontdesk.conversation.MessageContent;
import dev.frontdesk.conversation.RoutingRequested;
import dev.frontdesk.conversation.Sender;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionChange;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.events.EventLog;
import dev.frontdesk.events.EventType;
import dev.frontdesk.events.Subject;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the reception policy to sessions in the database. Every decision for an account runs under that
 * account's row lock ({@link Accounts#lockForRouting}), taken before any session lock: so across threads and
 * instances no servicer exceeds the cap, no session is assigned twice, and the queue drains strictly in order.
 */
@ApplicationScoped
public class Reception {

  static final int DRAIN_BATCH = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject Servicers servicers;
  @Inject Loads loads;
  @Inject EventLog events;
  @Inject Conversations conversations;
  @Inject Reception self;
  @Inject Assistants assistants;
  @Inject jakarta.enterprise.event.Event<dev.frontdesk.conversation.AssistantTurn> assistantTurns;

  /** A customer's first message: decide who answers, inside the message's transaction. */
  void onRoutingRequested(@Observes RoutingRequested request) {
    route(request.account(), request.session(), "assigned");
  }

  /** Routes a session of a locked account: assistant, a servicer, or the queue. */
  void route(CsAccount account, Session session, String assignedChange) {
    route(account, session, assignedChange, true);
  }

  /** Routes a session; {@code assistantFirst} false when the assistant has just handed it over. */
  private void route(CsAccount account, Session session, String assignedChange, boolean assistantFirst) {
    Instant now = clock.instant();
    SessionState from = session.state();
    UUID fromServicer = session.servicerId();
    if (!account.isOpen(now)) {
      session.queue(now);
      change(session, "queued", from, fromServicer, "off_hours");
      if (account.offHoursReply() != null) {
        conversations.accept(
            new Inbound(session.id(), Sender.SYSTEM, null, MessageContent.Text.of(account.offHoursReply())));
      }
      return;
    }
    if (assistantFirst && account.assistantEnabled() && assistants.availableFor(account.id())) {
      session.toAssistant();
      change(session, "to_assistant", from, fromServicer, null);
      // the message that opened the session is the assistant's first turn
      assistantTurns.fire(new dev.frontdesk.conversation.AssistantTurn(account.tenantId(), session.id(), session.lastSeq()));
      return;
    }
    List<Candidate> candidates = loads.candidates(account);
    Decision decision =
        new Router(account.policy()).decide(candidates, account.roundRobinCursor(), lastServicer(account, session));
    if (decision instanceof Decision.Assign && hasQueue(account.id(), session.id())) {
      // Room, yet others wait (capacity came without a routing event): first come, first served.
      session.queue(now);
      change(session, "queued", from, fromServicer, "others_waiting");
      queueChanged(account.id());
      drainLocked(account);
      return;
    }
    if (decision instanceof Decision.Assign assign) {
      assign(account, session, assign, now);
      change(session, assignedChange, from, fromServicer, assign.reason().apiName());
    } else {
      session.queue(now);
      change(session, "queued", from, fromServicer, ((Decision.Wait) decision).reason().apiName());
      queueChanged(account.id());
    }
  }

  /**
   * Hands queued sessions to servicers while capacity allows, oldest first. Called whenever capacity may have
   * freed: a session closed or moved, a servicer resumed, a cap was raised, business hours opened.
   */
  @Transactional
  public int drain(UUID accountId) {
    return drainLocked(accounts.lockForRouting(accountId));
  }

  private int drainLocked(CsAccount account) {
    UUID accountId = account.id();
    Instant now = clock.instant();
    if (account.deleted() || !account.isOpen(now)) {
      return 0;
    }
    List<Session> queue =
        em.createQuery(
                "select s from Session s where s.accountId = :a and s.state = :queued order by s.queuedAt, s.id",
                Session.class)
            .setParameter("a", accountId)
            .setParameter("queued", SessionState.QUEUED)
            .setMaxResults(DRAIN_BATCH)
            .getResultList();
    if (queue.isEmpty()) {
      return 0;
    }
    List<Router.Queued> waiting = new ArrayList<>();
    for (Session s : queue) {
      waiting.add(new Router.Queued(s.id(), lastServicer(account, s)));
    }
    List<Router.Drained> drained =
        new Router(account.policy()).drain(loads.candidates(account), account.roundRobinCursor(), waiting, now);
    for (Router.Drained d : drained) {
      Session session = em.find(Session.class, d.sessionId());
      em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
      SessionState from = session.state();
      assign(account, session, d.assignment(), now);
      change(session, "taken_from_queue", from, null, d.assignment().reason().apiName());
    }
    if (!drained.isEmpty()) {
      queueChanged(accountId);
    }
    return drained.size();
  }

  private boolean hasQueue(UUID accountId, UUID except) {
    return !em.createQuery(
            "select s.id from Session s where s.accountId = :a and s.state = :queued and s.id <> :except", UUID.class)
        .setParameter("a", accountId)
        .setParameter("queued", SessionState.QUEUED)
        .setParameter("except", except)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Routes a customer's first message when its transaction could not take the account lock in order (below). */
  void onRoutingAfterCommit(
      @Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) RoutingRequested.AfterCommit request) {
    TenantContext.runAs(request.tenantId(), () -> self.routeIfNew(request.accountId(), request.sessionId()));
  }

  /** Routes a session that is still new, in its own transaction, account lock first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void routeIfNew(UUID accountId, UUID sessionId) {
    CsAccount account = accounts.lockForRouting(accountId);
    Session session = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (session != null && session.state() == SessionState.NEW && session.accountId().equals(accountId)) {
      route(account, session, "assigned");
    }
  }

  /** The accounts a member serves now. */
  @Transactional
  public Set<UUID> accountsOf(UUID memberId) {
    return servicers.accountsOf(memberId);
  }

  /** Records {@code servicer_status_change} in the transaction that changed it. */
  void onStatusChanged(@Observes Servicers.StatusChanged change) {
    events.record(
        EventType.SERVICER_STATUS_CHANGE,
        new Subject(null, null, null, change.memberId(), null),
        new StatusChange(change.memberId(), change.to().apiStatus(), change.to().pauseKind()));
  }

  /** The payload of {@code servicer_status_change}. */
  public record StatusChange(UUID memberId, String status, String pauseKind) {}

  /** A deleted account's open sessions close with it. */
  void onAccountDeleted(@Observes Accounts.AccountDeleted deleted) {
    List<Session> open =
        em.createQuery("select s from Session s where s.accountId = :a and s.state <> :closed", Session.class)
            .setParameter("a", deleted.accountId())
            .setParameter("closed", SessionState.CLOSED)
            .getResultList();
    for (Session s : open) {
      em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
      SessionState from = s.state();
      s.close(clock.instant());
      change(s, "closed", from, s.servicerId(), "account_deleted");
    }
  }

  /** A servicer takes a waiting session themselves (the manual pool, or any queued session). */
  @Transactional
  public Session claim(UUID sessionId, UUID memberId) {
    Session session = sessionForChange(sessionId);
    CsAccount account = accounts.lockForRouting(session.accountId());
    refreshUnder(session, account.id());
    if (session.state() != SessionState.QUEUED && session.state() != SessionState.NEW) {
      throw ProblemException.conflict("This session is not waiting to be taken; it is " + session.state().apiName() + ".");
    }
    requireRoomFor(account, memberId); // claiming is the servicer's own choice, even while paused
    SessionState from = session.state();
    session.assign(memberId, clock.instant());
    change(session, "taken_from_queue", from, null, "claimed");
    queueChanged(account.id());
    return session;
  }

  /** Where a session can be transferred. */
  public sealed interface Target {
    record ToServicer(UUID memberId) implements Target {}

    record ToDepartment(UUID departmentId) implements Target {}

    record ToAccount(UUID accountId) implements Target {}

    record ToQueue() implements Target {}
  }

  @Transactional
  public Session transfer(UUID sessionId, Target target) {
    Session session = sessionForChange(sessionId);
    UUID fromAccount = session.accountId();
    UUID toAccount = target instanceof Target.ToAccount to ? accounts.get(to.accountId()).id() : fromAccount;
    // Both accounts locked in a fixed order, so two opposite transfers cannot deadlock.
    accounts.lockForRouting(fromAccount.compareTo(toAccount) <= 0 ? fromAccount : toAccount);
    CsAccount destination = accounts.lockForRouting(toAccount);
    accounts.lockForRouting(fromAccount);
    refreshUnder(session, fromAccount);
    if (!session.state().open()) {
      throw ProblemException.conflict("This session is closed; it cannot be transferred.");
    }
    SessionState from = session.state();
    UUID fromServicer = session.servicerId();
    Instant now = clock.instant();
    if (target instanceof Target.ToServicer t) {
      if (!servicers.membersOf(session.accountId()).contains(t.memberId())) {
        throw ProblemException.invalid("memberId", "this member does not serve the session's account");
      }
      requireReceiving(t.memberId());
      requireRoomFor(destination, t.memberId());
      session.assign(t.memberId(), now);
      change(session, "transferred", from, fromServicer, "to_servicer");
    } else if (target instanceof Target.ToDepartment t) {
      Set<UUID> members = loads.departmentMembers(t.departmentId());
      List<Candidate> candidates =
          loads.candidates(destination).stream().filter(c -> members.contains(c.memberId())).toList();
      Decision decision = new Router(withoutManual(destination)).decide(candidates, null, Optional.empty());
      if (!(decision instanceof Decision.Assign assign)) {
        throw ProblemException.conflict(
            "Nobody in that department who serves this account is receiving and under the cap.");
      }
      session.assign(assign.memberId(), now);
      change(session, "transferred", from, fromServicer, "to_department");
    } else if (target instanceof Target.ToAccount t) {
      if (!t.accountId().equals(fromAccount) && conversations.openSession(session.customerId(), toAccount).isPresent()) {
        throw ProblemException.conflict(
            "This customer already has an open session with that account; continue there or close it first.");
      }
      session.moveTo(t.accountId());
      route(destination, session, "transferred");
    } else {
      session.queue(now);
      change(session, "transferred", from, fromServicer, "to_queue");
      queueChanged(session.accountId());
    }
    return session;
  }

  @Transactional
  public Session close(UUID sessionId, String reason) {
    Session session = sessionForChange(sessionId);
    refreshUnder(session, accounts.lockForRouting(session.accountId()).id());
    if (!session.state().open()) {
      return session;
    }
    SessionState from = session.state();
    session.close(clock.instant());
    change(session, "closed", from, session.servicerId(), reason);
    if (from == SessionState.QUEUED) {
      queueChanged(session.accountId());
    }
    return session;
  }

  /**
   * Locks the session, whose account was read before that account was locked: if a transfer moved it to another
   * account meanwhile, the decision would be made under the wrong lock, so it is refused instead.
   */
  private void refreshUnder(Session session, UUID lockedAccountId) {
    em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
    if (!session.accountId().equals(lockedAccountId)) {
      throw ProblemException.conflict(
          "This session was just transferred to another customer-service account; reload it and try again.");
    }
  }

  private Session sessionForChange(UUID sessionId) {
    Session session = em.find(Session.class, sessionId);
    if (session == null) {
      throw ProblemException.notFound("No session " + sessionId + " in your company.");
    }
    return session;
  }

  private void requireRoomFor(CsAccount account, UUID memberId) {
    int cap = account.policy().servicerCap();
    if (loads.activeSessions(account.id()).getOrDefault(memberId, 0) >= cap) {
      throw ProblemException.conflict(
          "That servicer already has " + cap + " active sessions on this account, its cap.");
    }
  }

  private void requireReceiving(UUID memberId) {
    if (!servicers.status(memberId).receiving()) {
      throw ProblemException.conflict("That servicer is paused and takes no new sessions.");
    }
  }

  private static ReceptionPolicy withoutManual(CsAccount account) {
    ReceptionPolicy p = account.policy();
    return p.mode() != RoutingMode.MANUAL
        ? p
        : new ReceptionPolicy(RoutingMode.IDLE_FIRST, p.servicerCap(), false, p.preferLastDays(),
            p.inactivityCloseMinutes());
  }

  private void assign(CsAccount account, Session session, Decision.Assign assign, Instant now) {
    session.assign(assign.memberId(), now);
    if (assign.reason() == Decision.Reason.ROUND_ROBIN) {
      account.advanceRoundRobin(assign.memberId());
    }
  }

  private Optional<UUID> lastServicer(CsAccount account, Session session) {
    ReceptionPolicy policy = account.policy();
    if (!policy.preferLastServicer()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select s.servicerId from Session s where s.customerId = :c and s.accountId = :a and s.id <> :id"
                + " and s.servicerId is not null and s.assignedAt >= :since order by s.assignedAt desc",
            UUID.class)
        .setParameter("c", session.customerId())
        .setParameter("a", account.id())
        .setParameter("id", session.id())
        .setParameter("since", clock.instant().minus(policy.preferLastWindow()))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private void change(Session s, String changeType, SessionState from, UUID fromServicer, String reason) {
    em.flush();
    events.record(
        EventType.SESSION_STATUS_CHANGE,
        Conversations.subject(s, null),
        new SessionChange(
            s.id(), s.accountId(), s.customerId(), changeType, from.code(), s.state().code(), fromServicer,
            s.servicerId(), s.previousSessionId(), reason));
  }

  private void queueChanged(UUID accountId) {
    events.signal(EventType.QUEUE_CHANGED, new Subject(null, accountId, null, null, null), Map.of("accountId", accountId));
  }

  /** Assistants are plugins (their own issue); until one is installed, sessions go straight to humans. */
  /**
   * The assistant hands a session to humans: it leaves state 1 and is routed by the account's policy (a
   * servicer or the queue), never back to the assistant. Nothing happens when it is no longer the assistant's.
   */
  @Transactional
  public boolean handOff(UUID accountId, UUID sessionId, String reason) {
    CsAccount account = accounts.lockForRouting(accountId);
    Session session = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (session == null || session.state() != SessionState.ASSISTANT || !session.accountId().equals(accountId)) {
      return false;
    }
    change(session, "handed_off", SessionState.ASSISTANT, null, reason);
    route(account, session, "assigned", false);
    return true;
  }
}
