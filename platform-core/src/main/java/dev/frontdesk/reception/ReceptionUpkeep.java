package dev.frontdesk.reception;

import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.jobs.TenantJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reception policy's timed parts, for one tenant per call: sessions nobody wrote in for the account's
 * inactivity limit close, and open accounts (their business hours may just have begun) take their waiting sessions.
 *
 * <p>Sessions waiting in the queue do not close for inactivity: the customer is waiting for the business, not
 * the other way round (this includes those that wrote off-hours and wait for the opening).
 *
 * <p>Each account is handled in its own transaction under its routing lock, taken with {@code SKIP LOCKED}: when
 * another instance's pass or a routing decision holds it, this pass leaves the account to the next one. Each
 * session is re-checked under its row lock, so a message that arrives meanwhile keeps it open, and a session
 * is never closed twice.
 */
@ApplicationScoped
public class ReceptionUpkeep implements TenantJob {

  private static final Logger LOG = Logger.getLogger(ReceptionUpkeep.class.getName());

  /** Sessions closed per account and pass; the rest wait for the next pass. */
  static final int CLOSE_BATCH = 100;

  private static final Set<SessionState> MAY_IDLE_OUT =
      Set.of(SessionState.NEW, SessionState.ASSISTANT, SessionState.HUMAN);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Reception reception;
  @Inject ReceptionUpkeep self;

  @Override
  public String name() {
    return "reception-upkeep";
  }

  @Override
  public void run(Instant now) {
    for (UUID accountId : self.accountsDue(now)) {
      try {
        int closed = self.sweep(accountId);
        if (closed > 0) {
          LOG.fine(() -> "closed " + closed + " inactive sessions of account " + accountId);
        }
      } catch (RuntimeException e) { // one account's trouble does not hold up the others
        LOG.log(Level.WARNING, "reception upkeep failed for account " + accountId, e);
      }
    }
  }

  /** Accounts with a session past its inactivity limit, or open now with a queue. */
  @Transactional
  public List<UUID> accountsDue(Instant now) {
    List<UUID> due = new ArrayList<>();
    for (CsAccount account :
        em.createQuery("select a from CsAccount a where a.deletedAt is null", CsAccount.class).getResultList()) {
      if (!idle(account.id(), cutoff(account, now), 1).isEmpty() || opensWithAQueue(account, now)) {
        due.add(account.id());
      }
    }
    return due;
  }

  /**
   * Closes the account's inactive sessions and routes its queue if it may, in one transaction.
   *
   * @return how many sessions closed
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sweep(UUID accountId) {
    List<?> locked =
        em.createNativeQuery("select id from cs_accounts where id = ?1 for update skip locked")
            .setParameter(1, accountId)
            .getResultList();
    if (locked.isEmpty()) {
      return 0; // busy elsewhere: the next pass comes back to it
    }
    CsAccount account = em.find(CsAccount.class, accountId);
    Instant now = clock.instant();
    Instant cutoff = cutoff(account, now);
    int closed = 0;
    for (Session session : idle(accountId, cutoff, CLOSE_BATCH)) {
      em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
      if (MAY_IDLE_OUT.contains(session.state()) && quietSince(session, cutoff)) {
        reception.close(session.id(), "inactive");
        closed++;
      }
    }
    if (closed > 0 || opensWithAQueue(account, now)) {
      reception.drain(accountId);
    }
    return closed;
  }

  private static Instant cutoff(CsAccount account, Instant now) {
    return now.minus(account.policy().inactivityTimeout());
  }

  /** Nothing written since the cutoff, and not handed to its servicer since either. */
  private static boolean quietSince(Session s, Instant cutoff) {
    return s.lastActivityAt().isBefore(cutoff) && (s.assignedAt() == null || s.assignedAt().isBefore(cutoff));
  }

  private List<Session> idle(UUID accountId, Instant cutoff, int limit) {
    return em.createQuery(
            "select s from Session s where s.accountId = :a and s.state in :states and s.lastActivityAt < :cutoff"
                + " and (s.assignedAt is null or s.assignedAt < :cutoff) order by s.lastActivityAt, s.id",
            Session.class)
        .setParameter("a", accountId)
        .setParameter("states", MAY_IDLE_OUT)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Whether the account is open now and has sessions waiting. Sessions that wrote off-hours wait in the queue
   * and no event marks the opening, so each pass looks; the events that free capacity drain the queue at once,
   * and this pass also catches capacity that came without one (a member joining a serving department).
   */
  private boolean opensWithAQueue(CsAccount account, Instant now) {
    if (!account.isOpen(now)) {
      return false;
    }
    return !em.createQuery("select s.id from Session s where s.accountId = :a and s.state = :queued", UUID.class)
        .setParameter("a", account.id())
        .setParameter("queued", SessionState.QUEUED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
