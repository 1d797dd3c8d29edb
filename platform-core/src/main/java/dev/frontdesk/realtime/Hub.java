package dev.frontdesk.realtime;

import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** This instance's live connections, by tenant, and the hand-out of envelopes to them. */
@ApplicationScoped
public class Hub {

  private static final Logger LOG = Logger.getLogger(Hub.class.getName());

  private final Map<UUID, Set<Listener>> byTenant = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;
  @Inject Hub self;

  public void add(Listener listener) {
    byTenant.computeIfAbsent(listener.tenantId(), t -> ConcurrentHashMap.newKeySet()).add(listener);
  }

  public void remove(Listener listener) {
    Set<Listener> set = byTenant.get(listener.tenantId());
    if (set != null) {
      set.remove(listener);
    }
  }

  public void dispatch(Envelope envelope) {
    Set<Listener> listeners = byTenant.get(envelope.tenantId());
    if (listeners == null || listeners.isEmpty()) {
      return;
    }
    Envelope complete = envelope;
    if (envelope.data() == null && envelope.eventId() != null) {
      complete = envelope.withData(
          TenantContext.callAs(envelope.tenantId(), () -> self.payloadOf(envelope.eventId())));
    }
    for (Listener listener : listeners) {
      try {
        listener.deliver(complete);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a live connection refused an event", e);
      }
    }
  }

  /** Asks every live connection to reconnect and resume: this instance may have missed events. */
  public void interruptAll() {
    byTenant.values().forEach(set -> set.forEach(Listener::interrupted));
  }

  @Transactional
  public String payloadOf(long eventId) {
    return (String)
        em.createQuery("select e.payload from LoggedEvent e where e.id = :id")
            .setParameter("id", eventId)
            .getSingleResult();
  }
}
