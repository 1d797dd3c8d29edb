import { Fragment, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { saveBlob } from '../../download';
import { toProblem, type ProblemError } from '../../problem';
import { billingApi } from '../api';
import { formatDay, invoiceHistory, invoiceStatus, payable, pdfFileName, taxRate } from '../billing';
import { formatMoney } from '../money';
import type { InvoiceView } from '../types';
import { PayPanel } from './PayPanel';

/**
 * The company's invoices, newest first, each with its PDF and its lines, and a Pay button on open ones.
 * {@code paying}/{@code onPaying}: which invoice's payment panel is open (the past-due notice opens one too).
 */
export function InvoicesCard({ invoices, paying, onPaying }: { invoices: InvoiceView[]; paying: string | null; onPaying: (id: string | null) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const now = new Date();

  async function download(inv: InvoiceView) {
    setProblem(null);
    setBusy(inv.id);
    try {
      saveBlob(await billingApi.invoicePdf(inv.id), pdfFileName(inv.number));
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card" aria-labelledby="invoices-heading" data-testid="invoices">
      <h3 id="invoices-heading">Invoices</h3>
      <ErrorBanner problem={problem} />
      {invoices.length === 0 ? (
        <p className="muted">No invoices yet. Your first one is issued when the current period ends.</p>
      ) : (
        <table className="admin-table invoices">
          <thead>
            <tr>
              <th>Number</th>
              <th>Period</th>
              <th>Issued</th>
              <th>Due</th>
              <th className="amount">Total</th>
              <th>Status</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invoices.map((inv) => {
              const status = invoiceStatus(inv, now);
              return (
                <Fragment key={inv.id}>
                  <tr data-testid="invoice-row">
                    <td data-label="Number" className="code">
                      {inv.number}
                    </td>
                    <td data-label="Period">
                      {formatDay(inv.periodStart)} – {formatDay(inv.periodEnd)}
                    </td>
                    <td data-label="Issued">{formatDay(inv.issuedAt)}</td>
                    <td data-label="Due">{formatDay(inv.dueAt)}</td>
                    <td data-label="Total" className="amount">
                      {formatMoney(inv.total, inv.currency)}
                    </td>
                    <td data-label="Status">
                      <span className={`badge invoice-${status.tone}`}>{status.label}</span>
                    </td>
                    <td className="row-actions">
                      {payable(inv) && (
                        <button type="button" onClick={() => onPaying(paying === inv.id ? null : inv.id)} aria-expanded={paying === inv.id} data-testid="invoice-pay">
                          Pay
                        </button>
                      )}
                      <button type="button" className="link" onClick={() => setOpen(open === inv.id ? null : inv.id)} aria-expanded={open === inv.id}>
                        {open === inv.id ? 'Hide lines' : 'Lines'}
                      </button>
                      <button type="button" className="link" onClick={() => void download(inv)} disabled={busy === inv.id} data-testid="invoice-pdf">
                        {busy === inv.id ? 'Downloading…' : 'PDF'}
                      </button>
                    </td>
                  </tr>
                  {paying === inv.id && payable(inv) && (
                    <tr className="edit-row">
                      <td colSpan={7}>
                        <PayPanel invoice={inv} onClose={() => onPaying(null)} />
                      </td>
                    </tr>
                  )}
                  {open === inv.id && (
                    <tr className="edit-row">
                      <td colSpan={7}>
                        <InvoiceLines invoice={inv} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function InvoiceLines({ invoice: inv }: { invoice: InvoiceView }) {
  const money = (n: number) => formatMoney(n, inv.currency);
  return (
    <div className="invoice-lines" data-testid="invoice-lines">
      <p className="muted" data-testid="invoice-history">
        {inv.planName}
        {invoiceHistory(inv) ? ` · ${invoiceHistory(inv)}` : ''}
      </p>
      <table className="lines">
        <thead>
          <tr>
            <th>Description</th>
            <th className="amount">Quantity</th>
            <th className="amount">Unit price</th>
            <th className="amount">Amount</th>
          </tr>
        </thead>
        <tbody>
          {inv.lines.map((l, i) => (
            <tr key={i}>
              <td>{l.description}</td>
              <td className="amount">{l.quantity}</td>
              <td className="amount">{money(l.unitAmount)}</td>
              <td className="amount">{money(l.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>Subtotal</td>
            <td className="amount">{money(inv.subtotal)}</td>
          </tr>
          <tr>
            <td colSpan={3}>Tax ({taxRate(inv.taxRateBasisPoints)})</td>
            <td className="amount">{money(inv.tax)}</td>
          </tr>
          {inv.creditApplied !== 0 && (
            <tr>
              <td colSpan={3}>Credit applied</td>
              <td className="amount">{money(-inv.creditApplied)}</td>
            </tr>
          )}
          <tr className="total">
            <td colSpan={3}>Total</td>
            <td className="amount">{money(inv.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
