package dev.frontdesk.jobs;

import java.time.Instant;

/**
 * Background work done for each tenant in turn, every {@code frontdesk.jobs.interval}. Implementations are CDI
 * beans; the scheduler finds them all.
 *
 * <p>{@link #run} is called with the tenant current ({@code TenantContext}) and no transaction open: each job
 * starts its own short transactions, so a tenant's work never holds locks across the whole pass. Every instance
 * of a cluster runs every job: a job must be safe to run twice at once (row locks, {@code SKIP LOCKED}, and
 * re-checking under the lock).
 */
public interface TenantJob {

  /** A short name for logs. */
  String name();

  void run(Instant now);
}
