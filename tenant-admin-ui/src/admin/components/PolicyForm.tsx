import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../useSubmit';
import { adminApi } from '../api';
import { describeMinutes, draftFromPolicy, POLICY_LIMITS, policyErrors, policyFromDraft, ROUTING_MODES, type PolicyDraft } from '../policy';
import type { Account } from '../types';
import { Saved } from './Saved';

interface Props {
  account: Account;
  readOnly: boolean;
  onSaved: (account: Account) => void;
}

/** Every reception rule the core applies (reception/Router, accounts/SendWindow), each explained in plain words. */
export function PolicyForm({ account, readOnly, onSaved }: Props) {
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFromPolicy(account.policy));
  const [justSaved, setJustSaved] = useState(false);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const limits = (k: keyof typeof POLICY_LIMITS) => ({ min: POLICY_LIMITS[k].min, max: POLICY_LIMITS[k].max });

  async function save(e: FormEvent) {
    e.preventDefault();
    setJustSaved(false);
    const ok = await submit.run(async () => {
      const saved = await adminApi.setPolicy(account.id, policyFromDraft(draft));
      setDraft(draftFromPolicy(saved.policy));
      onSaved(saved);
    }, policyErrors(draft));
    setJustSaved(ok);
  }

  const number = (key: keyof typeof POLICY_LIMITS, label: string, hint: string, disabled = false) => (
    <TextField
      id={`policy-${key}`}
      label={label}
      type="number"
      inputMode="numeric"
      step={1}
      {...limits(key)}
      value={draft[key]}
      onChange={(e) => set(key, e.target.value)}
      error={errors[key]}
      hint={hint}
      disabled={disabled}
      required
    />
  );

  return (
    <form className="card policy-form" onSubmit={save} noValidate aria-label="Reception policy">
      <h2>Reception policy</h2>
      <p className="lead">Who gets each new customer, how many at once, and when quiet sessions end.</p>
      {readOnly && <p className="muted">Only company administrators and supervisors can change the policy.</p>}
      <ErrorBanner problem={submit.problem} />
      <fieldset disabled={readOnly || submit.busy} className="plain">
        <fieldset className="field">
          <legend>How new sessions are handed out</legend>
          {ROUTING_MODES.map((m) => (
            <div key={m.value} className="choice">
              <label htmlFor={`policy-mode-${m.value}`} className="check">
                <input
                  id={`policy-mode-${m.value}`}
                  type="radio"
                  name="policy-mode"
                  checked={draft.mode === m.value}
                  onChange={() => set('mode', m.value)}
                  aria-describedby={`policy-mode-${m.value}-hint`}
                />
                {m.label}
              </label>
              <p className="hint" id={`policy-mode-${m.value}-hint`}>
                {m.help}
              </p>
            </div>
          ))}
          {errors.mode && <p className="field-error">{errors.mode}</p>}
        </fieldset>

        {number(
          'servicerCap',
          'Sessions per servicer',
          `The most open sessions of this account one servicer holds at once (${POLICY_LIMITS.servicerCap.min}–${POLICY_LIMITS.servicerCap.max}). When everyone is at this limit, new customers wait in the queue.`,
        )}

        <fieldset className="field">
          <legend>Returning customers</legend>
          <label htmlFor="policy-preferLastServicer" className="check">
            <input
              id="policy-preferLastServicer"
              type="checkbox"
              checked={draft.preferLastServicer}
              onChange={(e) => set('preferLastServicer', e.target.checked)}
              aria-describedby="policy-preferLastServicer-hint"
            />
            Prefer the servicer who served them last
          </label>
          <p className="hint" id="policy-preferLastServicer-hint">
            A customer who comes back goes to the same person if that person is receiving and below the limit; otherwise the normal rule applies.
          </p>
          {number(
            'preferLastDays',
            'Remember the last servicer for (days)',
            `Only a servicer from the last ${draft.preferLastDays || 'N'} days counts (${POLICY_LIMITS.preferLastDays.min}–${POLICY_LIMITS.preferLastDays.max}).`,
            !draft.preferLastServicer,
          )}
        </fieldset>

        <div className="info" role="note">
          <h3>The queue</h3>
          <p>
            Customers who cannot get a servicer right away (everyone paused or at the limit, the manual mode, or outside business hours) wait in
            the queue, first come first served: as soon as someone has room, resumes, or you open, the longest-waiting customer is handed out
            first. In manual mode servicers pick customers from the queue themselves. Waiting customers see their place in the queue.
          </p>
        </div>

        {number(
          'inactivityCloseMinutes',
          'Close quiet sessions after (minutes)',
          `A session closes by itself when nobody has written for this long${describeMinutes(draft.inactivityCloseMinutes) ? ` (${describeMinutes(draft.inactivityCloseMinutes)})` : ''}. The customer can always write again to start a new one. Up to a week (10080).`,
        )}

        <fieldset className="field">
          <legend>Send window</legend>
          <p className="hint">
            How much your side may write to a customer who has not written back: after the customer's last message, at most this many messages
            within this many hours. It limits the developer API, the assistant, and messages to sessions nobody is handling; a servicer answering
            their own session is not limited. WeCom's rule is 5 messages in 48 hours.
          </p>
          <div className="pair">
            {number('sendWindowMessages', 'Messages', `${POLICY_LIMITS.sendWindowMessages.min}–${POLICY_LIMITS.sendWindowMessages.max}`)}
            {number('sendWindowHours', 'Hours', `${POLICY_LIMITS.sendWindowHours.min}–${POLICY_LIMITS.sendWindowHours.max} (30 days)`)}
          </div>
        </fieldset>
      </fieldset>
      {!readOnly && (
        <div className="actions">
          <button type="submit" disabled={submit.busy}>
            {submit.busy ? 'Saving…' : 'Save policy'}
          </button>
          <Saved show={justSaved} />
        </div>
      )}
    </form>
  );
}
