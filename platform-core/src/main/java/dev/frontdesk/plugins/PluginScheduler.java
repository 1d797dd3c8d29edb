package dev.frontdesk.plugins;

import dev.frontdesk.spi.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A plugin's {@link Scheduler}: one trigger thread per plugin, each run executed through the plugin's {@link
 * CallGuard} (so a task is timed out and counted like any call); background loops get threads of their own.
 * {@link #shutdown} cancels everything, so no thread outlives the plugin's class loader.
 */
final class PluginScheduler implements Scheduler {

  private static final Logger LOG = Logger.getLogger(PluginScheduler.class.getName());

  private final CallGuard guard;
  private final ThreadFactory threads;
  private final ClassLoader loader;
  private final ScheduledExecutorService triggers;
  private final List<Thread> background = new CopyOnWriteArrayList<>();

  PluginScheduler(CallGuard guard, ThreadFactory threads, ClassLoader loader) {
    this.guard = guard;
    this.threads = threads;
    this.loader = loader;
    this.triggers =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = threads.newThread(r);
              t.setName("plugin-" + guard.pluginId + "-scheduler");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public Task after(Duration delay, Runnable task) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("the delay must not be negative");
    }
    ScheduledFuture<?> f = triggers.schedule(() -> runGuarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    return () -> f.cancel(false);
  }

  @Override
  public Task every(Duration period, Runnable task) {
    long ms = positive(period);
    ScheduledFuture<?> f = triggers.scheduleWithFixedDelay(() -> runGuarded(task), ms, ms, TimeUnit.MILLISECONDS);
    return () -> f.cancel(false);
  }

  @Override
  public Task background(String name, Runnable loop) {
    Thread t =
        threads.newThread(
            () -> {
              try {
                loop.run();
              } catch (ThreadDeath | RuntimeException e) {
                LOG.log(Level.WARNING, "plugin " + guard.pluginId + ": background task " + name + " ended", e);
              }
            });
    t.setName("plugin-" + guard.pluginId + "-" + name);
    t.setDaemon(true);
    t.setContextClassLoader(loader);
    background.add(t);
    t.start();
    return () -> {
      t.interrupt();
      background.remove(t);
    };
  }

  private void runGuarded(Runnable task) {
    try {
      guard.call(null, "a scheduled task", () -> {
        task.run();
        return null;
      });
    } catch (PluginFailure e) {
      LOG.warning(e.getMessage()); // counted by the guard; the next run still happens
    }
  }

  private static long positive(Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("the period must be positive");
    }
    return d.toMillis();
  }

  @SuppressWarnings({"deprecation", "removal"})
  void shutdown(Duration grace) {
    triggers.shutdownNow();
    for (Thread t : background) {
      t.interrupt();
    }
    long deadline = System.nanoTime() + grace.toNanos();
    for (Thread t : background) {
      try {
        t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        LOG.warning("plugin " + guard.pluginId + ": background task " + t.getName() + " ignored interruption; stopping it");
        try {
          t.stop();
        } catch (UnsupportedOperationException removedInThisJdk) {
          // JDK 20+: the thread is abandoned, still interrupted
        }
      }
    }
    background.clear();
  }
}
