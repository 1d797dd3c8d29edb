/**
 * Background work on a timer: a {@link dev.frontdesk.jobs.TenantJob} runs for every tenant in turn, on every
 * instance, every {@code frontdesk.jobs.interval}. Jobs live with their domain (reception upkeep, unused uploads);
 * this package only schedules them.
 */
package dev.frontdesk.jobs;
