package dev.frontdesk.conversation;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.events.EventLog;
import dev.frontdesk.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Read receipts: how far the customer, and staff, have read a session. Marks only move forward; a mark that moved
 * is announced live to the other side (a {@code read} signal, not stored: sync and webhooks do not carry it).
 * Callers check first that the reader may see the session.
 */
@ApplicationScoped
public class Reads {

  public static final String CUSTOMER = "customer";
  public static final String STAFF = "staff";

  @PersistenceContext EntityManager em;
  @Inject EventLog events;

  /** The payload of a {@code read} signal. */
  public record Read(UUID sessionId, String reader, int seq) {}

  /** The customer read up to {@code seq}; returns the session as it is now. */
  @Transactional
  public Session customerRead(Session session, int seq) {
    Session locked = locked(session, seq);
    if (locked.customerRead(seq)) {
      announce(locked, CUSTOMER, seq);
    }
    return locked;
  }

  /** Staff read up to {@code seq}; the unread count becomes the customer's messages after it. */
  @Transactional
  public Session staffRead(Session session, int seq) {
    Session locked = locked(session, seq);
    if (seq > locked.staffReadSeq() && locked.staffRead(seq, unreadCustomerMessagesAfter(locked, seq))) {
      announce(locked, STAFF, seq);
    }
    return locked;
  }

  /** Locks the session row (as message inserts do, so the unread counter stays in step) and checks the mark. */
  private Session locked(Session session, int seq) {
    Session locked = em.find(Session.class, session.id());
    em.refresh(locked, LockModeType.PESSIMISTIC_WRITE);
    if (seq < 0 || seq > locked.lastSeq()) {
      throw ProblemException.invalid(
          "seq", "must be from 0 to the session's last sequence number, " + locked.lastSeq() + ", not " + seq);
    }
    return locked;
  }

  private int unreadCustomerMessagesAfter(Session session, int seq) {
    if (seq == session.lastSeq()) {
      return 0;
    }
    return em.createQuery(
            "select count(m) from Message m where m.sessionId = :s and m.seq > :seq and m.senderType = :customer"
                + " and m.recalledAt is null",
            Long.class)
        .setParameter("s", session.id())
        .setParameter("seq", seq)
        .setParameter("customer", SenderType.CUSTOMER)
        .getSingleResult()
        .intValue();
  }

  private void announce(Session session, String reader, int seq) {
    events.signal(EventType.READ, Conversations.subject(session, null), new Read(session.id(), reader, seq));
  }
}
