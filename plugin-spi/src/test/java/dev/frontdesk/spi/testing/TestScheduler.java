package dev.frontdesk.spi.testing;

import dev.frontdesk.spi.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Real threads, like the platform's: tasks run on a small pool with the plugin's class loader as context. */
final class TestScheduler implements Scheduler {

  private final ScheduledExecutorService pool =
      Executors.newScheduledThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "plugin-test-scheduler");
            t.setDaemon(true);
            return t;
          });
  private final List<Thread> background = new CopyOnWriteArrayList<>();
  private final ClassLoader loader;

  TestScheduler(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public Task after(Duration delay, Runnable task) {
    ScheduledFuture<?> f = pool.schedule(wrap(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    return () -> f.cancel(true);
  }

  @Override
  public Task every(Duration period, Runnable task) {
    ScheduledFuture<?> f =
        pool.scheduleWithFixedDelay(wrap(task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return () -> f.cancel(true);
  }

  @Override
  public Task background(String name, Runnable loop) {
    Thread t = new Thread(wrap(loop), "plugin-test-" + name);
    t.setDaemon(true);
    t.setContextClassLoader(loader);
    background.add(t);
    t.start();
    return t::interrupt;
  }

  private Runnable wrap(Runnable task) {
    return () -> {
      Thread.currentThread().setContextClassLoader(loader);
      try {
        task.run();
      } catch (RuntimeException e) {
        // like the platform: a failing run is logged and counted, the next run still happens
        System.err.println("plugin task failed: " + e);
      }
    };
  }

  void shutdown() throws InterruptedException {
    pool.shutdownNow();
    background.forEach(Thread::interrupt);
    pool.awaitTermination(5, TimeUnit.SECONDS);
    for (Thread t : background) {
      t.join(5000);
    }
  }
}
