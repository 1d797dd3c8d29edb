package dev.frontdesk.realtime;

import dev.frontdesk.api.Json;
import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's notification channel over one dedicated connection (outside the pool: it is held
 * for the life of the instance) and hands what arrives to the {@link Hub}. Reconnects after failures.
 */
@ApplicationScoped
public class PgListener {

  private static final Logger LOG = Logger.getLogger(PgListener.class.getName());

  @Inject FrontdeskConfig config;
  @Inject Hub hub;
  @Resource ManagedThreadFactory threads;

  private volatile boolean running;
  private Thread thread;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (!config.isPostgres()) {
      return;
    }
    running = true;
    thread = threads.newThread(this::listen);
    thread.setName("frontdesk-pg-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void listen() {
    long backoffMs = 200;
    while (running) {
      try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword())) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + Bus.CHANNEL);
        }
        backoffMs = 200;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null) {
            for (PGNotification n : notifications) {
              hand(n.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        if (running) {
          LOG.log(Level.WARNING, "lost the notification connection; reconnecting", e);
          sleep(backoffMs);
          backoffMs = Math.min(backoffMs * 2, 5000);
        }
      }
    }
  }

  private void hand(String json) {
    try {
      hub.dispatch(Json.read(json, Envelope.class));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not deliver a notification", e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
