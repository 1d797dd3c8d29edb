import { ErrorBanner } from '../../components/ErrorBanner';
import { useSubmit } from '../../useSubmit';
import { billingApi } from '../api';
import { CYCLE_LABELS, formatDay, pendingNote, plural, priceLabel, statusLabel, statusNote, taxRate } from '../billing';
import { formatMoney } from '../money';
import type { InvoiceView, SubscriptionView } from '../types';

interface Props {
  subscription: SubscriptionView;
  /** The invoice a past-due company is asked to pay first, if any. */
  toPay: InvoiceView | null;
  onPay: (invoice: InvoiceView) => void;
  onChanged: (s: SubscriptionView) => void;
}

/** The plan the company is on, its state and period, what changes at the period's end, and cancelling. */
export function SubscriptionCard({ subscription: s, toPay, onPay, onChanged }: Props) {
  const submit = useSubmit();
  const note = statusNote(s);
  const pending = pendingNote(s);
  const paid = s.plan.monthlyPrice > 0 || s.plan.yearlyPrice > 0;
  const canCancel = paid && s.status !== 'canceled' && !s.atPeriodEnd?.cancels;

  async function cancel() {
    if (!window.confirm(`Cancel your ${s.plan.name} subscription? It stays as it is until ${formatDay(s.periodEnd)}, then ends.`)) return;
    await submit.run(async () => onChanged(await billingApi.cancel()));
  }

  return (
    <section className="card subscription-card" aria-labelledby="subscription-heading" data-testid="subscription">
      <div className="card-head">
        <h3 id="subscription-heading">
          Your plan: <span data-testid="current-plan">{s.plan.name}</span>
        </h3>
        <span className={`badge status-${s.status}`} data-testid="subscription-status">
          {statusLabel(s.status)}
        </span>
      </div>
      {s.status === 'past-due' && note && (
        <div className="error-banner past-due" role="alert" data-testid="past-due">
          {note}
          {toPay && (
            <p>
              <button type="button" className="link" onClick={() => onPay(toPay)} data-testid="past-due-pay">
                Pay invoice {toPay.number} ({formatMoney(toPay.total, toPay.currency)}) now
              </button>
            </p>
          )}
        </div>
      )}
      {s.status !== 'past-due' && note && <p className="info" data-testid="status-note">{note}</p>}
      <dl className="facts">
        <dt>Price</dt>
        <dd>{priceLabel(s.plan, s.cycle)}</dd>
        <dt>Billing</dt>
        <dd data-testid="current-cycle">{CYCLE_LABELS[s.cycle] ?? s.cycle}</dd>
        <dt>Seats</dt>
        <dd data-testid="current-seats">{plural(s.seats, 'seat')} ({s.plan.includedSeats} included)</dd>
        <dt>Period</dt>
        <dd>
          {formatDay(s.periodStart)} – {formatDay(s.periodEnd)}
        </dd>
        {s.status === 'trialing' && s.trialEnd && (
          <>
            <dt>Trial ends</dt>
            <dd>{formatDay(s.trialEnd)}</dd>
          </>
        )}
        {s.taxRateBasisPoints > 0 && (
          <>
            <dt>Tax</dt>
            <dd>{taxRate(s.taxRateBasisPoints)}</dd>
          </>
        )}
        {s.creditBalance > 0 && (
          <>
            <dt>Credit</dt>
            <dd>{formatMoney(s.creditBalance, s.plan.currency)}, taken off your next invoice</dd>
          </>
        )}
      </dl>
      {pending && (
        <p className={s.atPeriodEnd?.cancels ? 'warn pending' : 'pending'} data-testid="pending-change">
          {pending}
        </p>
      )}
      <ErrorBanner problem={submit.problem} />
      {canCancel && (
        <div className="actions">
          <button type="button" className="danger" onClick={() => void cancel()} disabled={submit.busy} data-testid="cancel-subscription">
            {submit.busy ? 'Cancelling…' : 'Cancel at period end'}
          </button>
        </div>
      )}
    </section>
  );
}
