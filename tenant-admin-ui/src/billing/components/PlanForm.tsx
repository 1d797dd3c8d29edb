import { useState, type FormEvent } from 'react';
import { TextArea } from '../../admin/components/TextArea';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../useSubmit';
import { platformBillingApi } from '../api';
import { draftFromPlan, termsFromDraft, type PlanDraft } from '../planForm';
import { revisionNote } from '../platform';
import type { PlanView } from '../types';

interface Props {
  /** Absent: a new plan. */
  plan?: PlanView;
  /** The currency a new plan starts in (the platform's, as its plans show). */
  currency: string;
  onSaved: (plan: PlanView) => void;
  onCancel: () => void;
}

/** A plan's code (new plans only) and terms; saving a plan that exists makes a new version of it. */
export function PlanForm({ plan, currency, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<PlanDraft>(() => draftFromPlan(plan ?? null, currency));
  const submit = useSubmit();
  const p = plan ? `plan-${plan.code}` : 'plan-new';
  const set = (field: keyof PlanDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const { terms, errors } = termsFromDraft(draft, !plan);
    await submit.run(async () => {
      const saved = plan ? await platformBillingApi.revisePlan(plan.code, terms!) : await platformBillingApi.createPlan(draft.code.trim(), terms!);
      onSaved(saved);
    }, errors);
  }

  const field = (name: keyof PlanDraft, label: string, hint?: string, extra: Record<string, unknown> = {}) => (
    <TextField id={`${p}-${name}`} label={label} value={draft[name]} onChange={set(name)} error={submit.fieldErrors[name]} hint={hint} autoComplete="off" {...extra} />
  );
  const cur = draft.currency.trim().toUpperCase() || 'the currency';
  const title = plan ? `Revise ${plan.name}` : 'New plan';
  return (
    <form className="card plan-form" onSubmit={save} noValidate aria-label={title} data-testid="plan-form">
      <h3>{title}</h3>
      {plan && (
        <p className="info" data-testid="revision-note">
          {revisionNote(plan)}
        </p>
      )}
      <ErrorBanner problem={submit.problem} />
      <fieldset disabled={submit.busy} className="plain">
        <div className="pair">
          {!plan && field('code', 'Code', 'Stays with the plan for good: 2–40 lowercase letters, digits or hyphens, e.g. "pro".', { maxLength: 40 })}
          {field('name', 'Name', 'What companies see, e.g. "Pro".', { maxLength: 80 })}
          {field('currency', 'Currency', 'ISO 4217, e.g. USD. Companies can only change to plans in their own currency.', { maxLength: 3 })}
        </div>
        <TextArea id={`${p}-description`} label="Description" value={draft.description} onChange={set('description')} error={submit.fieldErrors.description} maxLength={500} />
        <fieldset>
          <legend>Prices ({cur})</legend>
          <div className="pair">
            {field('monthlyPrice', 'Monthly price', '0 for a free plan.', { inputMode: 'decimal' })}
            {field('yearlyPrice', 'Yearly price', undefined, { inputMode: 'decimal' })}
            {field('includedSeats', 'Included seats', undefined, { inputMode: 'numeric' })}
            {field('extraSeatMonthly', 'Extra seat, monthly', 'Empty: no seats beyond the included ones.', { inputMode: 'decimal' })}
            {field('extraSeatYearly', 'Extra seat, yearly', 'Give both extra-seat prices or neither.', { inputMode: 'decimal' })}
            {field('overagePer100', 'Per 100 conversations over the limit', 'Empty: the conversation limit is hard.', { inputMode: 'decimal' })}
            {field('trialDays', 'Trial days', '0 for none; at most 365.', { inputMode: 'numeric' })}
          </div>
        </fieldset>
        <fieldset>
          <legend>Limits (empty: unlimited)</legend>
          <div className="pair">
            {field('maxAccounts', 'CS accounts', undefined, { inputMode: 'numeric' })}
            {field('maxSeats', 'Seats at most', undefined, { inputMode: 'numeric' })}
            {field('maxConversations', 'Conversations per period', undefined, { inputMode: 'numeric' })}
            {field('maxPlugins', 'Plugins', undefined, { inputMode: 'numeric' })}
            {field('retentionDays', 'History kept (days)', undefined, { inputMode: 'numeric' })}
            {field('sortOrder', 'Sort order', 'Among plans of the same monthly price, lower first (0–1000).', { inputMode: 'numeric' })}
          </div>
        </fieldset>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={submit.busy} data-testid="save-plan">
          {submit.busy ? 'Saving…' : plan ? 'Save new version' : 'Create plan'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
