package dev.frontdesk.realtime;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes live connections that went silent: clients ping every 30 s, so one heard from for longer than
 * {@link Sockets#IDLE_TIMEOUT_MS} is gone (a closed laptop, a dropped network) and only holds memory and a place
 * in the hub. Done here, in one sweep, rather than by the container's per-connection idle timeout: Tyrus re-arms
 * that timeout with a newly scheduled task on every frame sent, and on Payara each scheduling captures the
 * application's context by scanning its class path, which made delivering a message to many agents slower than
 * sending it.
 */
@ApplicationScoped
public class IdleSockets {

  static final long SWEEP_EVERY_MS = TimeUnit.SECONDS.toMillis(15);

  private final Set<Session> open = ConcurrentHashMap.newKeySet();
  @Resource ManagedScheduledExecutorService scheduler;
  private ScheduledFuture<?> sweeping;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    sweeping = scheduler.scheduleAtFixedRate(this::sweep, SWEEP_EVERY_MS, SWEEP_EVERY_MS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  void track(Session socket) {
    open.add(socket);
  }

  void untrack(Session socket) {
    open.remove(socket);
  }

  /** Closes the connections not heard from within the idle timeout; forgets those closed meanwhile. */
  void sweep() {
    long now = System.currentTimeMillis();
    for (Session socket : open) {
      if (!socket.isOpen()) {
        open.remove(socket);
      } else if (now - Sockets.lastHeard(socket) > Sockets.IDLE_TIMEOUT_MS) {
        open.remove(socket);
        Sockets.sender(socket).close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "idle: nothing heard for 90 s"));
      }
    }
  }
}
