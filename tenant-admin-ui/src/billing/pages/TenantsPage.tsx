import { Fragment, useCallback, useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { platformBillingApi } from '../api';
import { TenantInvoices } from '../components/TenantInvoices';
import { closeOutcome } from '../platform';
import { CYCLE_LABELS, formatDay, statusLabel } from '../billing';
import { formatMoney, totalsByCurrency } from '../money';
import type { TenantRow } from '../types';

/** The platform admin's companies: plan, status, monthly recurring revenue, their invoices, and closing a period. */
export function TenantsPage() {
  const [rows, setRows] = useState<TenantRow[] | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [closing, setClosing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setRows(await platformBillingApi.tenants());
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function closePeriod(t: TenantRow) {
    if (!window.confirm(`Close the ended billing periods of ${t.name}? Each gets its invoice and the subscription renews (the scheduled job does this too).`)) return;
    setClosing(t.id);
    setOutcome(null);
    setProblem(null);
    try {
      const closed = await platformBillingApi.closePeriod(t.id);
      setOutcome(closeOutcome(t, closed));
      await reload();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setClosing(null);
    }
  }

  const totals = totalsByCurrency((rows ?? []).map((r) => ({ currency: r.currency, amount: r.mrr })));
  return (
    <main className="console-main billing-page wide">
      <h2 className="page-title">Companies</h2>
      <p className="lead">Every company on the platform with its plan and what it pays. MRR is the monthly equivalent of a paid subscription (a yearly price over 12); trials count as nothing.</p>
      <ErrorBanner problem={problem} />
      {rows === null && !problem && <p>Loading…</p>}
      {rows && (
        <section className="card" aria-labelledby="tenants-heading">
          <h3 id="tenants-heading" className="sr-only">
            Companies
          </h3>
          <dl className="mrr-totals" data-testid="mrr-totals">
            <div className="figure">
              <dt>Companies</dt>
              <dd>{rows.length}</dd>
            </div>
            {totals.map((t) => (
              <div className="figure" key={t.currency}>
                <dt>MRR ({t.currency})</dt>
                <dd>{formatMoney(t.minor, t.currency)}</dd>
              </div>
            ))}
          </dl>
          <p className="saved" role="status" data-testid="close-result">
            {outcome ?? ''}
          </p>
          {rows.length === 0 ? (
            <p className="muted">No companies have signed up yet.</p>
          ) : (
            <table className="admin-table" data-testid="tenant-list">
              <thead>
                <tr>
                  <th>Company</th>
                  <th>Plan</th>
                  <th>Seats</th>
                  <th>Status</th>
                  <th>Period ends</th>
                  <th className="amount">MRR</th>
                  <th>Invoices</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((t) => (
                  <Fragment key={t.id}>
                  <tr data-testid="tenant-row" data-slug={t.slug}>
                    <td data-label="Company" className="wrap">
                      <strong>{t.name}</strong>
                      <br />
                      <span className="muted code">{t.slug}</span>
                    </td>
                    <td data-label="Plan" data-testid="tenant-plan">
                      {t.planName}, {(CYCLE_LABELS[t.cycle] ?? t.cycle).toLowerCase()}
                    </td>
                    <td data-label="Seats">{t.seats}</td>
                    <td data-label="Status">
                      <span className={`badge status-${t.status}`}>{statusLabel(t.status)}</span>
                    </td>
                    <td data-label="Period ends">{formatDay(t.periodEnd)}</td>
                    <td data-label="MRR" className="amount">
                      {formatMoney(t.mrr, t.currency)}
                    </td>
                    <td data-label="Invoices">
                      {t.openInvoices} open
                      {t.overdueInvoices > 0 && <span className="overdue">, {t.overdueInvoices} overdue</span>}
                    </td>
                    <td className="row-actions">
                      <button type="button" className="link" onClick={() => setShown(shown === t.id ? null : t.id)} aria-expanded={shown === t.id} data-testid="tenant-invoices-toggle">
                        {shown === t.id ? 'Hide invoices' : 'Invoices'}
                      </button>
                      <button type="button" className="secondary" onClick={() => void closePeriod(t)} disabled={closing !== null} data-testid="close-period">
                        {closing === t.id ? 'Closing…' : 'Close ended periods'}
                      </button>
                    </td>
                  </tr>
                  {shown === t.id && (
                    <tr className="edit-row">
                      <td colSpan={8}>
                        <TenantInvoices tenantId={t.id} onChanged={() => void reload()} />
                      </td>
                    </tr>
                  )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </main>
  );
}
