package dev.frontdesk.billing;

import dev.frontdesk.jobs.TenantJob;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Closes each company's billing period when it ends, and suspends paid features when an invoice is overdue
 * (every instance runs it; the subscription lock decides).
 */
@ApplicationScoped
public class PeriodCloseJob implements TenantJob {

  @Inject PeriodClosing closing;
  @Inject Overdue overdue;
  @Inject BillingPace pace;

  @Override
  public String name() {
    return "billing-period-close";
  }

  @Override
  public void run(Instant now) {
    if (!pace.due(name(), TenantContext.currentOrNone(), now)) {
      return;
    }
    if (closing.due(now)) {
      closing.closeEnded(now);
    }
    overdue.evaluate(now);
  }
}
