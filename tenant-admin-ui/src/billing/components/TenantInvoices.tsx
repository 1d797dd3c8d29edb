import { Fragment, useCallback, useEffect, useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { toProblem, type ProblemError } from '../../problem';
import { useSubmit } from '../../useSubmit';
import { platformBillingApi } from '../api';
import { formatDay, invoiceHistory, invoiceStatus, payable, refundable } from '../billing';
import { formatMoney, moneyInput, parseMoney } from '../money';
import type { InvoiceView } from '../types';

type Action = 'paid' | 'void' | 'refund';

/** A company's invoices for the platform admin: record a bank transfer, void an open invoice, refund a paid one. */
export function TenantInvoices({ tenantId, onChanged }: { tenantId: string; onChanged: () => void }) {
  const [invoices, setInvoices] = useState<InvoiceView[] | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [acting, setActing] = useState<{ id: string; action: Action } | null>(null);
  const now = new Date();

  const reload = useCallback(async () => {
    try {
      setInvoices(await platformBillingApi.invoices(tenantId));
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, [tenantId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const done = async () => {
    setActing(null);
    await reload();
    onChanged();
  };

  if (problem) return <ErrorBanner problem={problem} />;
  if (!invoices) return <p>Loading invoices…</p>;
  if (invoices.length === 0) return <p className="muted">This company has no invoices yet.</p>;
  return (
    <table className="admin-table invoices" data-testid="tenant-invoices">
      <thead>
        <tr>
          <th>Number</th>
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
          const refund = refundable(inv);
          return (
            <Fragment key={inv.id}>
              <tr data-testid="tenant-invoice" data-number={inv.number}>
                <td className="code">{inv.number}</td>
                <td>{formatDay(inv.dueAt)}</td>
                <td className="amount">{formatMoney(inv.total, inv.currency)}</td>
                <td className="wrap">
                  <span className={`badge invoice-${status.tone}`}>{status.label}</span>
                  {invoiceHistory(inv) && <div className="muted">{invoiceHistory(inv)}</div>}
                </td>
                <td className="row-actions">
                  {payable(inv) && (
                    <>
                      <button type="button" className="link" onClick={() => setActing({ id: inv.id, action: 'paid' })}>
                        Mark paid
                      </button>
                      <button type="button" className="link" onClick={() => setActing({ id: inv.id, action: 'void' })}>
                        Void
                      </button>
                    </>
                  )}
                  {refund && refund.payment.provider && refund.left > 0 && (
                    <button type="button" className="link" onClick={() => setActing({ id: inv.id, action: 'refund' })}>
                      Refund
                    </button>
                  )}
                </td>
              </tr>
              {acting?.id === inv.id && (
                <tr className="edit-row">
                  <td colSpan={5}>
                    <InvoiceAction invoice={inv} action={acting.action} onDone={done} onCancel={() => setActing(null)} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

const TEXT: Record<Action, { field: string; hint: string; button: string }> = {
  paid: { field: 'Payment reference', hint: 'The reference on your bank statement, so the payment can be traced.', button: 'Mark paid' },
  void: { field: 'Reason', hint: 'The company sees it on the invoice. Nothing is owed on a void invoice.', button: 'Void invoice' },
  refund: { field: 'Reason', hint: 'Kept with the payment.', button: 'Refund' },
};

function InvoiceAction({ invoice: inv, action, onDone, onCancel }: { invoice: InvoiceView; action: Action; onDone: () => void; onCancel: () => void }) {
  const left = refundable(inv)?.left ?? 0;
  const [text, setText] = useState('');
  const [amount, setAmount] = useState(action === 'refund' ? moneyInput(left, inv.currency) : '');
  const submit = useSubmit();
  const t = TEXT[action];
  const idBase = `act-${inv.id}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!text.trim()) errors[action === 'paid' ? 'reference' : 'reason'] = 'Please fill this in.';
    const minor = action === 'refund' ? parseMoney(amount, inv.currency) : null;
    if (action === 'refund' && (minor === null || minor <= 0 || minor > left)) {
      errors.amountMinor = `Enter an amount up to ${formatMoney(left, inv.currency)}.`;
    }
    const ok = await submit.run(async () => {
      if (action === 'paid') await platformBillingApi.markPaid(inv.id, text.trim());
      else if (action === 'void') await platformBillingApi.voidInvoice(inv.id, text.trim());
      else await platformBillingApi.refund(inv.id, text.trim(), minor ?? undefined);
    }, errors);
    if (ok) onDone();
  }

  const textError = submit.fieldErrors.reference ?? submit.fieldErrors.reason;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${t.button} ${inv.number}`} className="invoice-action">
      <ErrorBanner problem={submit.problem} />
      {action === 'refund' && (
        <TextField
          id={`${idBase}-amount`}
          label={`Amount to give back (${inv.currency})`}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          hint={`At most ${formatMoney(left, inv.currency)}, what is left of the payment.`}
          error={submit.fieldErrors.amountMinor}
        />
      )}
      <TextField
        id={`${idBase}-text`}
        label={t.field}
        value={text}
        maxLength={action === 'paid' ? 200 : 500}
        onChange={(e) => setText(e.target.value)}
        hint={t.hint}
        error={textError}
      />
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {submit.busy ? 'One moment…' : t.button}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={submit.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
