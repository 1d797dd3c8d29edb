package dev.frontdesk.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one connection's frames in order without blocking the caller: a WebSocket allows one outstanding async
 * send, so frames wait in a queue and each completed send starts the next. A client too slow to keep up is
 * disconnected rather than buffered without end; it reconnects and resumes from its last sequence number.
 */
public final class SocketSender {

  private static final Logger LOG = Logger.getLogger(SocketSender.class.getName());
  static final int MAX_PENDING = 5_000;

  private final Session socket;
  private final Queue<String> pending = new ArrayDeque<>();
  private boolean sending;
  private boolean closed;
  private CloseReason closeWhenDrained;

  public SocketSender(Session socket) {
    this.socket = socket;
  }

  public void send(String frame) {
    synchronized (this) {
      if (closed) {
        return;
      }
      if (pending.size() >= MAX_PENDING) {
        closed = true;
        pending.clear();
      } else if (sending) {
        pending.add(frame);
        return;
      } else {
        sending = true;
      }
    }
    if (closed) {
      close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow; reconnect and resume"));
      return;
    }
    write(frame);
  }

  /** Closes the connection once the frames already queued are sent, so the client reads why. */
  public void closeAfterPending(CloseReason reason) {
    synchronized (this) {
      if (sending) {
        closeWhenDrained = reason;
        return;
      }
    }
    close(reason);
  }

  /** Closes the connection now, dropping what is queued. */
  public void close(CloseReason reason) {
    synchronized (this) {
      closed = true;
      pending.clear();
    }
    try {
      if (socket.isOpen()) {
        socket.close(reason);
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing a live connection failed", e);
    }
  }

  private void write(String frame) {
    // Tyrus schedules an idle-timeout task on every send, and Payara's executor captures the thread's context for
    // it by looking up context providers through the context class loader: through the application's, a scan of
    // all its jars per frame. A loader that sees only the JDK makes that lookup cheap; the task needs nothing else.
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(JDK_ONLY);
    try {
      socket.getAsyncRemote().sendText(frame, this::sent);
    } catch (RuntimeException e) { // the connection went away under us
      sent(new SendResult(e));
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static final ClassLoader JDK_ONLY = new ClassLoader(null) {};

  private void sent(SendResult result) {
    if (!result.isOK()) {
      synchronized (this) {
        closed = true;
        pending.clear();
        sending = false;
      }
      LOG.log(Level.FINE, "a live connection failed to receive a frame", result.getException());
      return;
    }
    String next;
    CloseReason closing = null;
    synchronized (this) {
      next = closed ? null : pending.poll();
      if (next == null) {
        sending = false;
        closing = closeWhenDrained;
      }
    }
    if (next != null) {
      write(next);
    } else if (closing != null) {
      close(closing);
    }
  }
}
