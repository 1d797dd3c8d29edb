package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.PluginLog;
import dev.frontdesk.spi.Scheduler;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Keeps one IMAP connection in IDLE so new emails are read within seconds: read, IDLE until the server reports a
 * change, read again. Every {@link #KEEP_ALIVE} a NOOP ends the IDLE so that routers and servers do not drop a
 * silent connection (RFC 2177 asks for a new IDLE at least every 29 minutes).
 *
 * <p>It ends, handing the mailbox back to polling, when the server has no IDLE, when connecting fails (the
 * failure backs off like a failed poll) or when the connection drops; the channel starts a new worker once a
 * poll has succeeded.
 */
final class IdleWorker implements Runnable {

  static final Duration KEEP_ALIVE = Duration.ofMinutes(8);
  /** Longer than the keep-alive, so an IDLE is never cut by its own read timeout. */
  static final int READ_TIMEOUT_MS = (int) Duration.ofMinutes(10).toMillis();

  /** Opens the mailbox, reads it under the state's lock, records success or failure. */
  interface Mailbox {
    Store connect(EmailSettings settings, int readTimeoutMs) throws MessagingException;

    void read(Folder folder, EmailSettings settings, BindingState state) throws Exception;

    void failed(BindingState state, EmailSettings settings, Exception e);
  }

  private final EmailSettings settings;
  private final BindingState state;
  private final Mailbox mailbox;
  private final Scheduler scheduler;
  private final PluginLog log;
  private final String fingerprint;
  private volatile Store store;
  private volatile boolean stopping;

  IdleWorker(
      EmailSettings settings, BindingState state, Mailbox mailbox, Scheduler scheduler, PluginLog log) {
    this.settings = settings;
    this.state = state;
    this.mailbox = mailbox;
    this.scheduler = scheduler;
    this.log = log;
    this.fingerprint = settings.workerFingerprint();
  }

  @Override
  public void run() {
    IMAPFolder folder = null;
    try {
      store = mailbox.connect(settings, READ_TIMEOUT_MS);
      if (stopping) {
        return;
      }
      if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
        state.idleUnsupported = fingerprint;
        log.info("The server of {} does not support IMAP IDLE; checking it every {} s instead",
            settings.imapWhere(), settings.pollIntervalSeconds());
        return;
      }
      folder = (IMAPFolder) store.getFolder(settings.folder());
      folder.open(Folder.READ_ONLY);
      mailbox.read(folder, settings, state);
      while (!stopping && !Thread.currentThread().isInterrupted()) {
        state.idling = true;
        IMAPFolder f = folder;
        Scheduler.Task keepAlive = scheduler.after(KEEP_ALIVE, () -> noop(f));
        try {
          folder.idle(true); // returns on the first change the server reports, or when the NOOP ends it
        } finally {
          keepAlive.cancel();
        }
        if (!stopping) {
          mailbox.read(folder, settings, state);
        }
      }
    } catch (Exception e) {
      if (stopping || Thread.currentThread().isInterrupted()) {
        return;
      }
      if (state.idling) {
        log.info("The IDLE connection to {} ended ({}); reconnecting", settings.imapWhere(), e.toString());
        state.dueNow(java.time.Instant.now());
      } else {
        mailbox.failed(state, settings, e);
      }
    } finally {
      state.idling = false;
      state.workerActive = false;
      closeQuietly(folder, store);
    }
  }

  String fingerprint() {
    return fingerprint;
  }

  /** Ends the worker: closing the connection is what wakes a thread blocked in IDLE. */
  void stop() {
    stopping = true;
    Store s = store;
    if (s != null) {
      try {
        s.close();
      } catch (MessagingException | RuntimeException ignored) {
        // closing a connection that is going anyway
      }
    }
  }

  private void noop(IMAPFolder folder) {
    try {
      folder.doCommand(p -> {
        p.simpleCommand("NOOP", null);
        return null;
      });
    } catch (MessagingException | RuntimeException e) {
      // the IDLE loop sees the broken connection itself
    }
  }

  static void closeQuietly(Folder folder, Store store) {
    try {
      if (folder != null && folder.isOpen()) {
        folder.close(false);
      }
    } catch (MessagingException | RuntimeException ignored) {
      // the connection may already be gone
    }
    try {
      if (store != null) {
        store.close();
      }
    } catch (MessagingException | RuntimeException ignored) {
      // idem
    }
  }
}
