package dev.frontdesk.events;

import dev.frontdesk.api.Json;
import dev.frontdesk.realtime.Bus;
import dev.frontdesk.realtime.Envelope;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Records events in the caller's transaction and hands them to the {@link Bus}, which delivers them to live
 * connections only if that transaction commits. Fires {@link EventRecorded} in that transaction too, so others
 * (the webhook outbox) write alongside it without this class knowing them.
 */
@ApplicationScoped
public class EventLog {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Bus bus;
  @Inject Event<EventRecorded> recorded;

  /** Stores the event (for sync and webhooks) and publishes it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public LoggedEvent record(String type, Subject subject, Object data) {
    String json = Json.write(data);
    LoggedEvent event = new LoggedEvent(type, subject.sessionId(), json, clock.instant());
    em.persist(event);
    em.flush();
    bus.publish(envelope(type, event.id(), subject, json));
    recorded.fire(new EventRecorded(event));
    return event;
  }

  /** Publishes without storing: for signals that only live connections care about. */
  public void signal(String type, Subject subject, Object data) {
    bus.publish(envelope(type, null, subject, Json.write(data)));
  }

  /**
   * Whether {@link #signal} would deliver this data: a signal has no stored copy to read back, so data too big for
   * a notification would arrive empty. Senders of large signals shorten them until they fit.
   */
  public boolean signalFits(String type, Subject subject, Object data) {
    return bus.carriesWhole(envelope(type, null, subject, Json.write(data)));
  }

  private static Envelope envelope(String type, Long eventId, Subject s, String json) {
    return new Envelope(
        TenantContext.currentOrNone(), type, eventId, s.sessionId(), s.accountId(), s.customerId(),
        s.servicerId(), s.seq(), json);
  }
}
