package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.OutboundMessage;
import dev.frontdesk.spi.PluginContext;
import dev.frontdesk.spi.Scheduler;
import dev.frontdesk.spi.SendWindow;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The email channel. Each CS account it is enabled for has a mailbox: customers' emails are read from it (IMAP
 * IDLE where the server has it, else polling) and become messages in one session per email thread; business
 * replies go out by SMTP in the same thread.
 *
 * <p>One periodic {@link #tick} keeps the per-account state in step with the plugin's bindings, starts IDLE
 * workers, and queues a poll for every mailbox that is due and has no worker. Failures back off per mailbox
 * (30 s doubling to 1 h) so a wrong password never hammers the server.
 */
public class EmailChannel implements ChannelPlugin {

  static final Duration TICK = Duration.ofSeconds(5);

  private final Map<String, BindingState> states = new ConcurrentHashMap<>();
  private final Set<String> warnedTenantWide = ConcurrentHashMap.newKeySet();
  private PluginContext context;
  private Scheduler.Task ticker;
  private volatile boolean stopped;
  private volatile boolean manual;

  @Override
  public void start(PluginContext context) {
    this.context = context;
    this.ticker = context.scheduler().every(TICK, this::scheduledTick);
    context.scheduler().after(Duration.ZERO, this::scheduledTick); // read mailboxes at once, not a tick later
  }

  /** Ends scheduled reading (IDLE workers already running go on): for tests that drive reads themselves. */
  void stopTicker() {
    manual = true;
    ticker.cancel();
  }

  private void scheduledTick() {
    if (!manual) {
      tick();
    }
  }

  @Override
  public void stop() {
    stopped = true;
    if (ticker != null) {
      ticker.cancel();
    }
    states.values().forEach(this::stopWorker);
    states.clear();
  }

  @Override
  public String channel() {
    return "email";
  }

  @Override
  public SendWindow sendWindow() {
    return SendWindow.UNLIMITED; // email lets a business write at any time
  }

  @Override
  public String send(Binding binding, OutboundMessage message) throws Exception {
    String account = message.accountId() != null ? message.accountId() : binding.accountId().orElse(null);
    if (account == null) {
      throw new IllegalArgumentException("the message names no CS account");
    }
    EmailSettings settings = EmailSettings.of(binding);
    long started = System.nanoTime();
    try {
      String id = new ReplySender(settings, new ThreadStore(binding.store(), account), context.log()).send(message);
      context.metrics().increment("sent");
      context.metrics().record("send.ms", (System.nanoTime() - started) / 1_000_000);
      return id;
    } catch (Exception e) {
      context.metrics().increment("send.failures");
      context.metrics().increment("failures");
      context.log().warn("Reply in session {} (account {}) was not sent: {}", message.sessionId(), account,
          e.getMessage());
      throw e;
    }
  }

  /**
   * Reads one binding's mailbox now, waiting for a read in progress to finish first, and returns what it did.
   * Throws, with a message naming the mailbox and the cause, when reading failed (the failure backs off the
   * scheduled reads like any other).
   */
  public MailboxReader.Result pollNow(Binding binding) throws MessagingException {
    BindingState state = state(binding);
    state.lock.lock();
    try {
      return poll(binding, state);
    } finally {
      state.lock.unlock();
    }
  }

  /** The reading state of a binding's mailbox, for tests and diagnostics. */
  public BindingState.Status status(Binding binding) {
    return state(binding).status();
  }

  // ---------------------------------------------------------------------------------------------------------

  void tick() {
    if (stopped) {
      return;
    }
    List<Binding> bindings = context.bindings();
    Set<String> present = new HashSet<>();
    for (Binding b : bindings) {
      if (b.accountId().isEmpty()) {
        if (warnedTenantWide.add(b.tenantId())) {
          context.log().warn("Tenant {} enabled the email channel for the whole tenant; enable it per CS account "
              + "(each account has its own mailbox): no mailbox is read for this binding", b.tenantId());
        }
        continue;
      }
      present.add(key(b));
      BindingState state = state(b);
      EmailSettings settings = EmailSettings.of(b);
      reconcileWorker(b, state, settings);
      Instant now = Instant.now();
      if (!state.workerActive && state.claimPoll(now)) {
        context.scheduler().after(Duration.ZERO, () -> scheduledPoll(b, state));
      }
    }
    for (Map.Entry<String, BindingState> e : states.entrySet()) {
      if (!present.contains(e.getKey())) {
        stopWorker(e.getValue());
        states.remove(e.getKey());
      }
    }
  }

  private void scheduledPoll(Binding binding, BindingState state) {
    try {
      if (!state.lock.tryLock()) {
        return; // a worker or a direct poll is reading this mailbox right now
      }
      try {
        poll(binding, state);
      } catch (MessagingException e) {
        // recorded, logged and backed off by poll
      } finally {
        state.lock.unlock();
      }
    } finally {
      state.pollDone();
    }
  }

  /** Starts, restarts or stops the binding's IDLE worker to match its configuration and health. */
  private synchronized void reconcileWorker(Binding binding, BindingState state, EmailSettings settings) {
    String fingerprint = settings.workerFingerprint();
    boolean wanted = settings.useIdle() && !fingerprint.equals(state.idleUnsupported);
    if (state.worker != null && (!wanted || !fingerprint.equals(state.workerFingerprint))) {
      stopWorker(state);
    }
    if (!wanted || state.workerActive || state.failures() > 0 || stopped) {
      return; // after a failure, polls retry (backing off) and the worker returns once one succeeds
    }
    IdleWorker worker = new IdleWorker(settings, state, mailbox(binding), context.scheduler(), context.log());
    state.worker = worker;
    state.workerFingerprint = fingerprint;
    state.workerActive = true;
    state.workerTask = context.scheduler().background("email-idle-" + state.key, worker);
  }

  private void stopWorker(BindingState state) {
    IdleWorker w = state.worker;
    if (w != null) {
      w.stop();
      if (state.workerTask != null) {
        state.workerTask.cancel();
      }
      state.worker = null;
      state.workerTask = null;
      state.workerFingerprint = null;
    }
  }

  /** One read of the mailbox; the caller holds the state's lock. */
  private MailboxReader.Result poll(Binding binding, BindingState state) throws MessagingException {
    EmailSettings settings = EmailSettings.of(binding);
    long started = System.nanoTime();
    Store store = null;
    Folder folder = null;
    try {
      store = connect(settings, EmailSettings.READ_TIMEOUT_MS);
      folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_ONLY);
      MailboxReader.Result result = reader(binding, settings).read(folder);
      state.succeeded(Instant.now(), Duration.ofSeconds(settings.pollIntervalSeconds()), result.more());
      context.metrics().record("poll.ms", (System.nanoTime() - started) / 1_000_000);
      return result;
    } catch (MessagingException | RuntimeException e) {
      throw failed(state, settings, e);
    } finally {
      IdleWorker.closeQuietly(folder, store);
    }
  }

  private IdleWorker.Mailbox mailbox(Binding binding) {
    return new IdleWorker.Mailbox() {
      @Override
      public Store connect(EmailSettings settings, int readTimeoutMs) throws MessagingException {
        return EmailChannel.this.connect(settings, readTimeoutMs);
      }

      @Override
      public void read(Folder folder, EmailSettings settings, BindingState state) throws Exception {
        state.lock.lock();
        try {
          MailboxReader reader = reader(binding, settings);
          while (reader.read(folder).more()) {
            // drain a long backlog before going back to IDLE: the worker has no call timeout
          }
          state.succeeded(Instant.now(), Duration.ofSeconds(settings.pollIntervalSeconds()), false);
        } finally {
          state.lock.unlock();
        }
      }

      @Override
      public void failed(BindingState state, EmailSettings settings, Exception e) {
        EmailChannel.this.failed(state, settings, e);
      }
    };
  }

  private Store connect(EmailSettings settings, int readTimeoutMs) throws MessagingException {
    Store store = settings.imapSession(readTimeoutMs).getStore("imap");
    store.connect(settings.imapHost(), settings.imapPort(), settings.username(), settings.password());
    return store;
  }

  private MailboxReader reader(Binding binding, EmailSettings settings) {
    String account = binding.accountId().orElseThrow();
    ThreadStore threads = new ThreadStore(binding.store(), account);
    InboundDelivery delivery = new InboundDelivery(binding, account, threads, context.metrics(), context.log());
    return new MailboxReader(settings, threads, delivery, context.metrics(), context.log(), settings.imapWhere());
  }

  /** Records, counts and logs a failed read, and says what went wrong in words an admin can act on. */
  private MessagingException failed(BindingState state, EmailSettings settings, Exception e) {
    String reason = describe(e);
    Duration wait = state.failed(Instant.now(), reason);
    context.metrics().increment("failures");
    context.log().warn("Reading the mailbox {} failed ({} in a row), next try in {} s: {}",
        settings.imapWhere() + "/" + settings.folder(), state.failures(), wait.getSeconds(), reason);
    return new MessagingException("reading the mailbox " + settings.imapWhere() + " failed: " + reason, e);
  }

  static String describe(Throwable e) {
    if (e instanceof AuthenticationFailedException) {
      String server = e.getMessage() == null ? "" : " (server said: " + e.getMessage().strip() + ")";
      return "the server refused the user name or password" + server;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
      if (t instanceof ConnectException) {
        return "could not connect (" + t.getMessage() + ")";
      }
      if (t instanceof SocketTimeoutException) {
        return "the server did not answer in time";
      }
      if (t instanceof javax.net.ssl.SSLException) {
        return "TLS failed (" + t.getMessage() + "); check the security setting and port";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (e instanceof jakarta.mail.FolderNotFoundException) {
      return "the folder does not exist";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private BindingState state(Binding b) {
    return states.computeIfAbsent(key(b), BindingState::new);
  }

  private static String key(Binding b) {
    return b.tenantId() + "/" + b.accountId().orElse("");
  }
}
