package dev.frontdesk.webhooks;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers what the {@link Outbox} queued, on every instance: one loop claims due deliveries (of all tenants) as
 * worker slots free up, and the workers make the attempts, each as its delivery's tenant. The loop polls every
 * second, and is woken at once when this instance commits new deliveries or a worker finishes. Everything it
 * knows is in the database, so a restart loses nothing: leases of attempts cut short expire and are claimed again.
 */
@ApplicationScoped
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  /** Attempts under way at once on one instance; a slow receiver holds one slot for at most its timeouts. */
  static final int WORKERS = 8;
  static final Duration POLL = Duration.ofSeconds(1);

  @Inject DeliveryQueue queue;
  @Inject Attempts attempts;
  @Inject WebhookClient client;
  @Inject FrontdeskConfig config;
  @Inject Clock clock;
  @Resource ManagedThreadFactory threads;

  private final Semaphore slots = new Semaphore(WORKERS);
  private final Semaphore wakeups = new Semaphore(0);
  private volatile boolean running;
  private Thread loop;
  private ExecutorService workers;
  private Instant lastWarning = Instant.EPOCH;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    running = true;
    workers = Executors.newFixedThreadPool(WORKERS, threads);
    loop = threads.newThread(this::run);
    loop.setName("frontdesk-webhook-dispatcher");
    loop.setDaemon(true);
    loop.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (loop != null) {
      loop.interrupt();
    }
    if (workers != null) {
      workers.shutdownNow();
      try { // attempts in flight end at their timeouts; their results are recorded by the next claim otherwise
        workers.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Look for due deliveries now rather than at the next poll. Cheap, and safe from any thread. */
  public void wake() {
    if (wakeups.availablePermits() == 0) {
      wakeups.release();
    }
  }

  private void run() {
    while (running) {
      try {
        // Also lets the schema migration finish before the first claim.
        wakeups.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
        wakeups.drainPermits();
        dispatchDue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        warnNowAndThen("cannot claim webhook deliveries; retrying", e);
      }
    }
  }

  /** Claims as many due deliveries as there are free slots, until fewer are due. */
  private void dispatchDue() {
    Duration lease = config.webhookTimeout().multipliedBy(3).plusMinutes(1); // longer than an attempt can take
    int free = slots.availablePermits();
    while (running && free > 0) {
      List<DeliveryQueue.Claim> claims = queue.claim(free, lease);
      for (DeliveryQueue.Claim claim : claims) {
        slots.acquireUninterruptibly();
        try {
          workers.execute(() -> attemptThenFree(claim));
        } catch (RuntimeException e) {
          slots.release(); // shutting down: the lease expires and the claim is made again
          throw e;
        }
      }
      if (claims.size() < free) {
        return;
      }
      free = slots.availablePermits();
    }
  }

  private void attemptThenFree(DeliveryQueue.Claim claim) {
    try {
      TenantContext.runAs(claim.tenantId(), () -> attempt(claim));
    } catch (RuntimeException e) {
      warnNowAndThen("a webhook attempt failed on our side; it is retried when its lease expires", e);
    } finally {
      slots.release();
      wake();
    }
  }

  private void attempt(DeliveryQueue.Claim claim) {
    Optional<OutgoingDelivery> outgoing = attempts.prepare(claim);
    if (outgoing.isPresent()) {
      Instant at = clock.instant();
      AttemptResult result = client.send(outgoing.get(), at);
      attempts.record(claim, result, at);
    }
  }

  /** A broken database would otherwise log every second. */
  private synchronized void warnNowAndThen(String message, Exception e) {
    Instant now = Instant.now();
    if (Duration.between(lastWarning, now).compareTo(Duration.ofMinutes(1)) >= 0) {
      lastWarning = now;
      LOG.log(Level.WARNING, message, e);
    } else {
      LOG.log(Level.FINE, message, e);
    }
  }
}
