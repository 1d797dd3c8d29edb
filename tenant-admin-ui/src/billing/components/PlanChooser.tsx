import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../useSubmit';
import { billingApi } from '../api';
import { changeOutcome, CYCLE_LABELS, defaultSeats, plural, previewSummary, priceLabel, planTermLines, seatsError, sellsExtraSeats } from '../billing';
import { formatMoney } from '../money';
import type { ChangeOutcome, ChangeRequest, Cycle, PlanView, SubscriptionView } from '../types';

interface Props {
  plans: PlanView[];
  subscription: SubscriptionView;
  members: number;
  onChanged: () => Promise<void>;
}

/** Choose a plan, cycle and seats; preview what it costs (prorated) and when it takes effect; then confirm. */
export function PlanChooser({ plans, subscription, members, onChanged }: Props) {
  const [cycle, setCycle] = useState<Cycle>(subscription.cycle);
  const [chosen, setChosen] = useState<PlanView | null>(null);
  const [seats, setSeats] = useState('');
  const [preview, setPreview] = useState<{ request: ChangeRequest; outcome: ChangeOutcome } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit();
  const confirm = useSubmit();

  function choose(plan: PlanView) {
    setChosen(plan);
    setSeats(String(defaultSeats(plan, subscription, members)));
    setPreview(null);
    setDone(null);
    submit.reset();
  }

  async function showPreview(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    setDone(null);
    setPreview(null);
    const error = seatsError(seats, chosen);
    const request: ChangeRequest = { planId: chosen.code, seats: Number(seats), cycle };
    await submit.run(async () => setPreview({ request, outcome: await billingApi.preview(request) }), error ? { seats: error } : {});
  }

  async function apply() {
    if (!preview) return;
    const ok = await confirm.run(async () => {
      const outcome = await billingApi.change(preview.request);
      setDone(changeOutcome(outcome));
    });
    if (ok) {
      setPreview(null);
      setChosen(null);
      await onChanged();
    }
  }

  const current = (p: PlanView) => p.code === subscription.plan.code;
  return (
    <section className="card plan-chooser" aria-labelledby="plans-heading" data-testid="plan-chooser">
      <div className="card-head">
        <h3 id="plans-heading">Change plan</h3>
        <fieldset className="cycle-toggle" aria-label="Billing cycle">
          {(['monthly', 'yearly'] as Cycle[]).map((c) => (
            <label key={c} className={cycle === c ? 'on' : undefined}>
              <input
                type="radio"
                name="cycle"
                value={c}
                checked={cycle === c}
                onChange={() => {
                  setCycle(c);
                  setPreview(null);
                  setDone(null);
                }}
                data-testid={`cycle-${c}`}
              />
              {CYCLE_LABELS[c]}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="saved" role="status" data-testid="change-result">
        {done ?? ''}
      </p>
      <ul className="plan-grid">
        {plans.map((p) => (
          <li key={p.id} className={`plan-card${chosen?.code === p.code ? ' chosen' : ''}${current(p) ? ' current' : ''}`} data-testid={`plan-${p.code}`}>
            <h4>
              {p.name} {current(p) && <span className="badge status-active">Current</span>}
            </h4>
            {p.description && <p className="muted description">{p.description}</p>}
            <p className="prices">
              <span className={cycle === 'monthly' ? 'price on' : 'price'}>{priceLabel(p, 'monthly')}</span>
              {p.yearlyPrice > 0 && <span className={cycle === 'yearly' ? 'price on' : 'price'}>{priceLabel(p, 'yearly')}</span>}
            </p>
            <ul className="terms">
              {planTermLines(p).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <button
              type="button"
              className={chosen?.code === p.code ? undefined : 'secondary'}
              onClick={() => choose(p)}
              aria-pressed={chosen?.code === p.code}
              data-testid={`choose-${p.code}`}
            >
              {current(p) ? 'Change seats or cycle' : `Choose ${p.name}`}
            </button>
          </li>
        ))}
      </ul>

      {chosen && (
        <form className="change-form" onSubmit={showPreview} noValidate aria-label="Preview the change">
          <h4>
            {chosen.name}, {cycle}
          </h4>
          <ErrorBanner problem={submit.problem} />
          <div className="inline-form">
            <TextField
              id="change-seats"
              label="Seats"
              type="number"
              inputMode="numeric"
              min={chosen.includedSeats}
              max={chosen.limits.seats ?? undefined}
              value={seats}
              onChange={(e) => {
                setSeats(e.target.value);
                setPreview(null);
              }}
              error={submit.fieldErrors.seats}
              hint={
                sellsExtraSeats(chosen)
                  ? `${chosen.includedSeats} included; each extra seat ${formatMoney(cycle === 'yearly' ? chosen.extraSeatYearly! : chosen.extraSeatMonthly!, chosen.currency)} / ${cycle === 'yearly' ? 'year' : 'month'}. Your company has ${plural(members, 'member')}.`
                  : `${chosen.includedSeats} included, no extra seats. Your company has ${plural(members, 'member')}.`
              }
            />
            <div className="actions">
              <button type="submit" disabled={submit.busy} data-testid="preview-change">
                {submit.busy ? 'Working out…' : 'Preview change'}
              </button>
              <button type="button" className="secondary" onClick={() => setChosen(null)}>
                Back
              </button>
            </div>
          </div>
        </form>
      )}

      {preview && (
        <div className="preview" data-testid="change-preview" aria-live="polite">
          <h4>
            {preview.outcome.plan.name}, {preview.outcome.cycle}, {plural(preview.outcome.seats, 'seat')}
          </h4>
          {preview.outcome.lines.length > 0 ? (
            <table className="admin-table lines" data-testid="preview-lines">
              <thead>
                <tr>
                  <th>Item</th>
                  <th className="amount">Amount</th>
                </tr>
              </thead>
              <tbody>
                {preview.outcome.lines.map((l, i) => (
                  <tr key={i}>
                    <td data-label="Item">{l.description}</td>
                    <td data-label="Amount" className="amount">
                      {formatMoney(l.amount, preview.outcome.currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">No charges or credits.</p>
          )}
          <p className="preview-summary" data-testid="preview-summary">
            {previewSummary(preview.outcome)}
          </p>
          {preview.outcome.effective === 'now' && preview.outcome.dueNow > 0 && (
            <p className="muted">The amount due now is charged on your next invoice; credits for the unused part of your current plan are taken off.</p>
          )}
          <ErrorBanner problem={confirm.problem} />
          <div className="actions">
            <button type="button" onClick={() => void apply()} disabled={confirm.busy} data-testid="confirm-change">
              {confirm.busy ? 'Changing…' : 'Confirm'}
            </button>
            <button type="button" className="secondary" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
