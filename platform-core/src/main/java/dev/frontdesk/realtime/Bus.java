package dev.frontdesk.realtime;

import dev.frontdesk.api.Json;
import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;

/**
 * Publishes envelopes to every instance when the current transaction commits. On PostgreSQL that is
 * {@code pg_notify} inside the transaction: the database delivers it on commit and drops it on rollback, to all
 * instances alike, so a visitor on one instance and an agent on another see the same stream. On H2 (one
 * instance) it is an in-process hand-off after commit.
 */
@ApplicationScoped
public class Bus {

  static final String CHANNEL = "frontdesk";
  /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
  private static final int MAX_PAYLOAD_BYTES = 7900;

  @PersistenceContext EntityManager em;
  @Inject FrontdeskConfig config;
  @Inject Hub hub;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Whether the envelope travels with its data (always in process; PostgreSQL notifications hold under 8 KB). */
  public boolean carriesWhole(Envelope envelope) {
    return !config.isPostgres() || Json.write(envelope).getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES;
  }

  public void publish(Envelope envelope) {
    if (config.isPostgres()) {
      String json = Json.write(envelope);
      if (json.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
        json = Json.write(envelope.withoutData());
      }
      em.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)").setParameter(1, json).getSingleResult();
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
}
