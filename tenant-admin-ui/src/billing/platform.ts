/** Words of the platform admin's billing pages that need no browser. */
import { formatDay } from './billing';
import { formatMoney } from './money';
import type { ClosedPeriod, PlanView, TenantRow } from './types';

/** What "Close ended periods" did for one company. */
export function closeOutcome(t: Pick<TenantRow, 'name' | 'periodEnd'>, closed: ClosedPeriod[], locale?: string, timeZone?: string): string {
  if (closed.length === 0) {
    return `Nothing to close for ${t.name}: its current period ends on ${formatDay(t.periodEnd, locale, timeZone)}.`;
  }
  const invoices = closed.map((c) => `${c.invoice.number} (${formatMoney(c.invoice.total, c.invoice.currency, locale)})`);
  return `Closed ${closed.length === 1 ? 'a period' : `${closed.length} periods`} for ${t.name}: invoice ${invoices.join(', ')}.`;
}

/** The note above the revise form: what a new version changes and what it leaves alone. */
export function revisionNote(plan: Pick<PlanView, 'name' | 'version'>): string {
  return `Saving makes version ${plan.version + 1} of ${plan.name}, on sale from now for new subscriptions, changes and renewals. Existing subscriptions keep the terms of version ${plan.version} until they renew.`;
}
