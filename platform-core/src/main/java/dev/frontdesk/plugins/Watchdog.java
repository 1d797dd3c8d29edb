package dev.frontdesk.plugins;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Watches every plugin call in flight: a call that allocates more than its budget, or ignores interruption well
 * past its timeout (a busy loop), has its thread stopped. Without the JDK's old Security Manager this is the
 * only way to end code that does not cooperate; it is never done while the thread is inside the platform
 * ({@link CallGuard#inHost}), so no platform lock or transaction is left half-done. On JDKs that removed {@code
 * Thread.stop} the thread is only interrupted and the call still fails for its caller on time.
 */
final class Watchdog {

  static final Watchdog INSTANCE = new Watchdog();
  private static final Logger LOG = Logger.getLogger(Watchdog.class.getName());
  private static final long PERIOD_MS = 100;
  private static final long GRACE_NANOS = 2_000_000_000L;

  private final Set<CallGuard> guards = ConcurrentHashMap.newKeySet();
  private volatile Thread thread;

  void watch(CallGuard guard) {
    guards.add(guard);
    ensureRunning();
  }

  void unwatch(CallGuard guard) {
    guards.remove(guard);
  }

  private synchronized void ensureRunning() {
    if (thread != null && thread.isAlive()) {
      return;
    }
    // A plain daemon thread: it only reads counters and signals threads, never enters the platform.
    thread = new Thread(this::loop, "frontdesk-plugin-watchdog");
    thread.setDaemon(true);
    thread.setContextClassLoader(null);
    thread.start();
  }

  private void loop() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
      long now = System.nanoTime();
      for (CallGuard g : guards) {
        for (CallGuard.InFlight f : g.inFlight) {
          if (f.killedBecause != null || f.hostDepth > 0) {
            continue;
          }
          long allocated = allocatedBytes(f.thread) - f.allocatedAtStart;
          if (f.allocatedAtStart >= 0 && allocated > g.limits.allocationBudget()) {
            kill(f, "allocated more than " + g.limits.allocationBudget() / (1024 * 1024) + " MB in one call");
          } else if (now - f.deadlineNanos > GRACE_NANOS) {
            kill(f, "kept running " + (now - f.deadlineNanos) / 1_000_000 + " ms past its timeout, ignoring interruption");
          }
        }
      }
    }
  }

  @SuppressWarnings({"deprecation", "removal"})
  static void kill(CallGuard.InFlight f, String reason) {
    if (f.hostDepth > 0) {
      return;
    }
    f.killedBecause = reason;
    LOG.warning("stopping plugin thread " + f.thread.getName() + ": " + reason);
    f.thread.interrupt();
    try {
      f.thread.stop();
    } catch (UnsupportedOperationException removedInThisJdk) {
      // JDK 20+: interruption is all that is left
    }
  }

  /** Bytes the thread allocated so far, or -1 where the JVM cannot tell. */
  static long allocatedBytes(Thread t) {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx
        && mx.isThreadAllocatedMemorySupported()
        && mx.isThreadAllocatedMemoryEnabled()) {
      return mx.getThreadAllocatedBytes(t.getId());
    }
    return -1;
  }
}
