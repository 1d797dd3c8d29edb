package dev.frontdesk.jobs;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link TenantJob} for every tenant, every {@code frontdesk.jobs.interval}, on the server's managed
 * scheduler. The app's database role cannot see across tenants, so the pass visits them one by one.
 */
@ApplicationScoped
public class JobScheduler {

  private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

  @Inject FrontdeskConfig config;
  @Inject Tenants tenants;
  @Inject Instance<TenantJob> jobs;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> pass;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    Duration interval = config.jobsInterval();
    pass = scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(() -> "Background jobs run every " + interval);
  }

  @PreDestroy
  void stop() {
    if (pass != null) {
      pass.cancel(false);
    }
  }

  /** One pass over all tenants. A failure is logged and stays with its job and tenant. */
  void runOnce() {
    List<UUID> ids;
    try {
      ids = tenants.ids();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "background jobs could not list the tenants; next pass in " + config.jobsInterval(), e);
      return;
    }
    for (UUID tenantId : ids) {
      for (TenantJob job : jobs) {
        Instant now = clock.instant();
        try {
          TenantContext.runAs(tenantId, () -> job.run(now));
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "background job " + job.name() + " failed for tenant " + tenantId, e);
        }
      }
    }
  }
}
