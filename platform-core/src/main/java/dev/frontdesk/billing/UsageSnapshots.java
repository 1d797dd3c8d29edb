package dev.frontdesk.billing;

import dev.frontdesk.jobs.TenantJob;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Records the gauges (seats in use, storage used) once a day per company. Every instance runs every job, so two
 * may record the same day's snapshot at once: the day is in the event id, and the second insert is not counted.
 */
@ApplicationScoped
public class UsageSnapshots implements TenantJob {

  @Inject BillingOverview overview;
  @Inject Usage usage;
  @Inject BillingPace pace;

  @Override
  public String name() {
    return "usage-snapshots";
  }

  @Override
  public void run(Instant now) {
    if (!pace.due(name(), TenantContext.currentOrNone(), now)) {
      return;
    }
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (usage.recorded("storage:" + day)) { // the day's snapshot is taken (the last one written below)
      return;
    }
    var meters = overview.usage().meters();
    usage.record("seats:" + day, UsageKind.SEATS, meters.get("seats").used(), now);
    usage.record("storage:" + day, UsageKind.STORAGE_BYTES, meters.get("storageBytes").used(), now);
  }
}
