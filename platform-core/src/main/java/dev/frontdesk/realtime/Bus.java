package dev.frontdesk.realtime;

import dev.frontdesk.api.Json;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.identity.Seal;
import dev.frontdesk.identity.ServerSecrets;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.GeneralSecurityException;

/**
 * Publishes envelopes to every instance when the current transaction commits. On PostgreSQL that is
 * {@code pg_notify} inside the transaction: the database delivers it on commit and drops it on rollback, to all
 * instances alike, so a visitor on one instance and an agent on another see the same stream. On H2 (one
 * instance) it is an in-process hand-off after commit. Notifications are sealed ({@link Seal}), because the
 * channel itself is open to every database role.
 */
@ApplicationScoped
public class Bus {

  static final String CHANNEL = "frontdesk";
  static final String KEY = "realtime-bus";
  /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (sealed payloads are ASCII). */
  private static final int MAX_PAYLOAD_BYTES = 7900;

  @PersistenceContext EntityManager em;
  @Inject FrontdeskConfig config;
  @Inject Hub hub;
  @Inject ServerSecrets secrets;
  @Resource TransactionSynchronizationRegistry transactions;

  private volatile Seal seal;

  /** Whether the envelope travels with its data (always in process; PostgreSQL notifications hold under 8 KB). */
  public boolean carriesWhole(Envelope envelope) {
    return !config.isPostgres() || seal().seal(Json.write(envelope)).length() <= MAX_PAYLOAD_BYTES;
  }

  public void publish(Envelope envelope) {
    if (config.isPostgres()) {
      String sealed = seal().seal(Json.write(envelope));
      if (sealed.length() > MAX_PAYLOAD_BYTES) { // receivers read the payload back by event id
        sealed = seal().seal(Json.write(envelope.withoutData()));
      }
      em.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)").setParameter(1, sealed).getSingleResult();
    } else if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                hub.dispatch(envelope);
              }
            }
          });
    } else {
      hub.dispatch(envelope);
    }
  }

  /** The envelope in a notification, or an exception when it was not sealed by a Frontdesk instance. */
  Envelope read(String notification) throws GeneralSecurityException {
    return Json.read(seal().open(notification), Envelope.class);
  }

  private Seal seal() {
    Seal s = seal;
    if (s == null) {
      s = new Seal(secrets.aesKey(KEY));
      seal = s;
    }
    return s;
  }
}
