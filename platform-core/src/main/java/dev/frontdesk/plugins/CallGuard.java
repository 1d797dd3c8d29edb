package dev.frontdesk.plugins;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every call into one plugin goes through here: on the plugin's own bounded pool, with the plugin's class
 * loader as context loader, within a timeout. Failures (exceptions, timeouts, a full pool, runaway memory) are
 * counted; {@link Limits#maxFailures} in a row for one tenant suspend the plugin for that tenant. The caller
 * always gets an answer in time: a {@link PluginFailure} when the plugin did not give one.
 */
final class CallGuard {

  /** How far a plugin may go. {@code allocationBudget} is bytes one call may allocate before it is stopped. */
  record Limits(Duration timeout, int threads, int queue, long allocationBudget, int maxFailures) {
    static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), 4, 64, 512L * 1024 * 1024, 5);
  }

  /** Told when a tenant's consecutive failures reach the limit. */
  interface Suspender {
    void suspend(String tenantId, String reason);
  }

  /** The counts the platform admin sees. */
  record Stats(long calls, long failures, long timeouts, String lastFailure, Instant lastFailureAt) {}

  /** A call running now, watched by {@link Watchdog}. */
  static final class InFlight {
    final Thread thread;
    final long deadlineNanos;
    final long allocatedAtStart;
    volatile int hostDepth;
    volatile String killedBecause;

    InFlight(Thread thread, long deadlineNanos, long allocatedAtStart) {
      this.thread = thread;
      this.deadlineNanos = deadlineNanos;
      this.allocatedAtStart = allocatedAtStart;
    }
  }

  private static final ThreadLocal<InFlight> CURRENT = new ThreadLocal<>();

  final String pluginId;
  final Limits limits;
  private final ClassLoader loader;
  private final ThreadPoolExecutor pool;
  private final Suspender suspender;
  final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> consecutive = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong timeouts = new AtomicLong();
  private volatile String lastFailure;
  private volatile Instant lastFailureAt;

  CallGuard(String pluginId, ClassLoader loader, Limits limits, ThreadFactory threads, Suspender suspender) {
    this.pluginId = pluginId;
    this.loader = loader;
    this.limits = limits;
    this.suspender = suspender;
    this.pool =
        new ThreadPoolExecutor(
            limits.threads(), limits.threads(), 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.queue()),
            r -> {
              Thread t = threads.newThread(r);
              t.setName("plugin-" + pluginId + "-" + t.getId());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    Watchdog.INSTANCE.watch(this);
  }

  /**
   * Runs {@code work} in the plugin. {@code tenantId} is whom failures count against (null for the plugin's
   * own tasks); {@code what} names the call in messages.
   */
  <T> T call(String tenantId, String what, Callable<T> work) {
    calls.incrementAndGet();
    Future<T> future;
    try {
      future = pool.submit(() -> run(work));
    } catch (RejectedExecutionException e) {
      throw failed(tenantId, what + ": too many calls in progress (" + limits.threads() + " running, "
          + limits.queue() + " waiting)", null);
    }
    try {
      T result = future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (tenantId != null) {
        consecutive.remove(tenantId);
      }
      return result;
    } catch (TimeoutException e) {
      future.cancel(true);
      timeouts.incrementAndGet();
      throw failed(tenantId, what + " did not finish within " + limits.timeout().toMillis() + " ms", null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String why = cause instanceof Killed k ? k.getMessage() : describe(cause);
      throw failed(tenantId, what + " failed: " + why, cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new PluginFailure(pluginId, what + " was interrupted", e);
    }
  }

  /** Marks a stretch where the plugin's thread is inside the platform (storage, inbound): never stopped there. */
  static <T> T inHost(Supplier<T> work) {
    InFlight f = CURRENT.get();
    if (f != null) {
      f.hostDepth++;
    }
    try {
      return work.get();
    } finally {
      if (f != null) {
        f.hostDepth--;
      }
    }
  }

  private <T> T run(Callable<T> work) throws Exception {
    Thread t = Thread.currentThread();
    InFlight flight =
        new InFlight(t, System.nanoTime() + limits.timeout().toNanos(), Watchdog.allocatedBytes(t));
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    CURRENT.set(flight);
    inFlight.add(flight);
    try {
      return work.call();
    } catch (ThreadDeath | OutOfMemoryError e) {
      String reason = flight.killedBecause;
      throw new Killed(reason != null ? reason : "ran out of memory (" + e.getMessage() + ")");
    } finally {
      inFlight.remove(flight);
      CURRENT.remove();
      t.setContextClassLoader(before);
      Thread.interrupted(); // a cancelled call must not leave the pooled thread interrupted
    }
  }

  private PluginFailure failed(String tenantId, String why, Throwable cause) {
    failures.incrementAndGet();
    lastFailure = why;
    lastFailureAt = Instant.now();
    if (tenantId != null) {
      int inARow = consecutive.merge(tenantId, 1, Integer::sum);
      if (inARow >= limits.maxFailures()) {
        consecutive.remove(tenantId);
        suspender.suspend(
            tenantId, inARow + " failures in a row; the last: " + why);
      }
    }
    return new PluginFailure(pluginId, why, cause);
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  Stats stats() {
    return new Stats(calls.get(), failures.get(), timeouts.get(), lastFailure, lastFailureAt);
  }

  /** Stops taking calls and ends the pool's threads; waits a little for running calls. */
  void shutdown(Duration grace) {
    Watchdog.INSTANCE.unwatch(this);
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        for (InFlight f : inFlight) {
          Watchdog.kill(f, "the plugin was stopped while this call ignored interruption");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Why a call's thread was stopped, carried out of the plugin as its failure. */
  static final class Killed extends RuntimeException {
    Killed(String message) {
      super(message, null, false, false);
    }
  }
}
