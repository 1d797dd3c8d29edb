import { useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useSubmit } from '../../useSubmit';
import { billingApi } from '../api';
import { formatMoney } from '../money';
import type { CheckoutView, InvoiceView, PaymentMethod } from '../types';

/**
 * Paying one open invoice: pick one of the ways the platform offers, then either follow the instructions shown
 * (a bank transfer) or continue to the payment page.
 */
export function PayPanel({ invoice, onClose }: { invoice: InvoiceView; onClose: () => void }) {
  const [methods, setMethods] = useState<PaymentMethod[] | null>(null);
  const [method, setMethod] = useState('');
  const [checkout, setCheckout] = useState<CheckoutView | null>(null);
  const submit = useSubmit();
  const amount = formatMoney(invoice.total, invoice.currency);

  const { run } = submit;
  useEffect(() => {
    void run(async () => {
      const m = await billingApi.paymentMethods();
      setMethods(m);
      if (m.length === 1) setMethod(m[0].id);
    });
  }, []); // once, when the panel opens

  async function pay() {
    if (!method) return;
    await submit.run(async () => {
      const c = await billingApi.pay(invoice.id, method);
      setCheckout(c);
      if (c.redirectUrl) window.location.assign(c.redirectUrl);
    });
  }

  return (
    <div className="pay-panel" data-testid="pay-panel" aria-label={`Pay invoice ${invoice.number}`} role="region">
      <h4>
        Pay {invoice.number}: {amount}
      </h4>
      <ErrorBanner problem={submit.problem} />
      {methods === null && !submit.problem && <p>Loading the ways to pay…</p>}
      {methods && methods.length === 0 && (
        <p className="muted">No way to pay online is set up yet. Please contact the platform operator to pay this invoice.</p>
      )}
      {methods && methods.length > 0 && !checkout && (
        <fieldset className="plain" disabled={submit.busy}>
          <legend>How do you want to pay?</legend>
          {methods.map((m) => (
            <label key={m.id} className="choice">
              <input type="radio" name={`pay-${invoice.id}`} value={m.id} checked={method === m.id} onChange={() => setMethod(m.id)} />{' '}
              {m.name}
            </label>
          ))}
          <div className="actions">
            <button type="button" onClick={() => void pay()} disabled={!method || submit.busy} data-testid="pay-continue">
              {submit.busy ? 'One moment…' : `Pay ${amount}`}
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      {checkout?.redirectUrl && <p>Taking you to the payment page… If nothing happens, <a href={checkout.redirectUrl}>continue to pay</a>.</p>}
      {checkout?.instructions && (
        <>
          <p>Here is how to pay. The invoice is marked paid once your payment arrives.</p>
          <pre className="pay-instructions" data-testid="pay-instructions">
            {checkout.instructions}
          </pre>
          <div className="actions">
            <button type="button" className="secondary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
    </div>
  );
}
