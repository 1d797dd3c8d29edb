package dev.frontdesk.conversation;

import dev.frontdesk.events.EventLog;
import dev.frontdesk.events.EventType;
import dev.frontdesk.events.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Typing indicators: live signals to the other side of a session, never stored. */
@ApplicationScoped
public class Typing {

  @PersistenceContext EntityManager em;
  @Inject EventLog events;

  /** The payload of a {@code typing} signal. */
  public record Signal(UUID sessionId, String from) {}

  @Transactional
  public void customerTypes(Session session) {
    events.signal(EventType.TYPING, new Subject(session.id(), session.accountId(), session.customerId(), null, null),
        new Signal(session.id(), "customer"));
  }

  @Transactional
  public void servicerTypes(Session session, UUID memberId) {
    if (session.state() == SessionState.CLOSED) {
      return;
    }
    events.signal(EventType.TYPING,
        new Subject(session.id(), session.accountId(), session.customerId(), memberId, null),
        new Signal(session.id(), "servicer"));
  }
}
