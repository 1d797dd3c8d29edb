package dev.frontdesk.realtime;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's notification channel over one dedicated connection (outside the pool: it is held
 * for the life of the instance) and hands what arrives to the {@link Hub}. A quiet connection is probed, so a
 * half-open one is noticed; notifications sent while the connection was down are lost, so after a reconnect
 * every live connection is asked to reconnect and resume from its last sequence number.
 */
@ApplicationScoped
public class PgListener {

  private static final Logger LOG = Logger.getLogger(PgListener.class.getName());

  @Inject FrontdeskConfig config;
  @Inject Hub hub;
  @Inject Bus bus;
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

  /** A connection that heard nothing for this long is asked a question, to find out whether it is still there. */
  private static final long PROBE_AFTER_MS = 15_000;

  private void listen() {
    long backoffMs = 200;
    boolean connectedBefore = false;
    while (running) {
      try (Connection c = DriverManager.getConnection(config.dbUrl(), connectionProperties())) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + Bus.CHANNEL);
        }
        if (connectedBefore) {
          hub.interruptAll(); // whatever was notified while we were away is lost to this instance
        }
        connectedBefore = true;
        backoffMs = 200;
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null && notifications.length > 0) {
            lastHeard = System.nanoTime();
            for (PGNotification n : notifications) {
              hand(n.getParameter());
            }
          } else if (System.nanoTime() - lastHeard > PROBE_AFTER_MS * 1_000_000) {
            try (Statement s = c.createStatement()) {
              s.execute("select 1"); // fails on a dead connection (socketTimeout bounds the wait)
            }
            lastHeard = System.nanoTime();
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

  private Properties connectionProperties() {
    Properties p = new Properties();
    if (config.dbUser() != null) {
      p.setProperty("user", config.dbUser());
    }
    if (config.dbPassword() != null) {
      p.setProperty("password", config.dbPassword());
    }
    p.setProperty("tcpKeepAlive", "true");
    p.setProperty("socketTimeout", "30"); // seconds; getNotifications waits at most 1 s, the probe far less
    p.setProperty("ApplicationName", "frontdesk-listener");
    return p;
  }

  private void hand(String notification) {
    Envelope envelope;
    try {
      envelope = bus.read(notification);
    } catch (GeneralSecurityException e) {
      LOG.warning("ignored a notification on the Frontdesk channel that no Frontdesk instance sealed");
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not read a notification", e);
      return;
    }
    try {
      hub.dispatch(envelope);
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
