package dev.frontdesk.conversation;

import dev.frontdesk.attachments.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deletes what was said in sessions closed before a cutoff: their messages, the files sent in them, and their
 * logged events (which repeat the messages for the developer feed, and take their webhook deliveries with them).
 * The session stays, marked, so the history still shows that a conversation took place and when. Open sessions
 * are never touched, however old.
 */
@ApplicationScoped
public class ExpiredTranscripts {

  @PersistenceContext EntityManager em;
  @Inject Attachments attachments;

  /** Closed sessions of the current company whose messages are still kept, oldest closed first. */
  @Transactional
  public List<UUID> closedBefore(Instant cutoff, int limit) {
    return em.createQuery(
            "select s.id from Session s where s.state = :closed and s.closedAt < :cutoff and s.messagesPurgedAt is null"
                + " order by s.closedAt",
            UUID.class)
        .setParameter("closed", SessionState.CLOSED)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  /** One session, in a transaction of its own; false when another pass got there first. */
  @Transactional
  public boolean purge(UUID sessionId, Instant cutoff, Instant now) {
    Session s = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || s.messagesPurgedAt() != null || s.state() != SessionState.CLOSED || !s.closedAt().isBefore(cutoff)) {
      return false;
    }
    attachments.discardSentIn(sessionId, cutoff);
    em.createQuery("delete from Message m where m.sessionId = :s").setParameter("s", sessionId).executeUpdate();
    em.createQuery("delete from LoggedEvent e where e.sessionId = :s").setParameter("s", sessionId).executeUpdate();
    s.messagesPurged(now);
    return true;
  }
}
