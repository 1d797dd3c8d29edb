import { useMemo, useState, type FormEvent } from 'react';
import { Saved } from '../../admin/components/Saved';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ConfigFields } from '../../plugins/components/ConfigFields';
import { configFromDraft, draftErrors, draftFrom, formFields } from '../../plugins/configForm';
import { useSubmit } from '../../useSubmit';
import { platformBillingApi } from '../api';
import type { PaymentProviderView } from '../types';

/** One payment provider's platform settings (the plugins' schema-driven form) and whether companies may pay with it. */
export function ProviderSettings({ provider: p, onSaved }: { provider: PaymentProviderView; onSaved: (p: PaymentProviderView) => void }) {
  const schema = p.configSchema;
  const fields = useMemo(() => formFields(schema, p.secretsSet, p.config), [schema, p.secretsSet, p.config]);
  const [draft, setDraft] = useState(() => draftFrom(fields, schema, p.config));
  const [saved, setSaved] = useState<string | null>(null);
  const submit = useSubmit();

  function stored(v: PaymentProviderView) {
    onSaved(v);
    // Secrets never come back: empty their inputs, keep what the admin sees otherwise.
    setDraft(draftFrom(formFields(schema, v.secretsSet, v.config), schema, v.config));
  }

  async function save(enable: boolean | null) {
    setSaved(null);
    const ok = await submit.run(async () => {
      let v = await platformBillingApi.saveProviderConfig(p.pluginId, configFromDraft(fields, draft));
      stored(v);
      if (enable !== null && enable !== v.paymentsEnabled) {
        v = await platformBillingApi.setProviderEnabled(p.pluginId, enable);
        stored(v);
      }
    }, draftErrors(fields, draft));
    if (ok) setSaved(enable ? 'Saved. Companies can now pay with it.' : 'Saved.');
  }

  async function turnOff() {
    setSaved(null);
    const ok = await submit.run(async () => stored(await platformBillingApi.setProviderEnabled(p.pluginId, false)));
    if (ok) setSaved('Companies can no longer choose it. Payments already started still complete.');
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void save(null);
  }

  return (
    <section className="card" aria-labelledby={`provider-${p.pluginId}`} data-testid={`provider-${p.pluginId}`}>
      <div className="card-head">
        <h3 id={`provider-${p.pluginId}`}>{p.name}</h3>
        <span className={`badge ${p.paymentsEnabled ? 'status-active' : 'status-canceled'}`} data-testid="provider-status">
          {p.paymentsEnabled ? 'Offered to companies' : 'Not offered'}
        </span>
      </div>
      {p.description && <p className="muted">{p.description}</p>}
      <form onSubmit={onSubmit} noValidate aria-label={`${p.name} settings`}>
        <ErrorBanner problem={submit.problem} />
        <fieldset className="plain" disabled={submit.busy}>
          <ConfigFields idPrefix={`provider-${p.pluginId}`} fields={fields} draft={draft} errors={submit.fieldErrors} onChange={setDraft} />
        </fieldset>
        <div className="actions">
          {!p.paymentsEnabled && (
            <button type="button" onClick={() => void save(true)} disabled={submit.busy}>
              Save and offer to companies
            </button>
          )}
          <button type="submit" className={p.paymentsEnabled ? undefined : 'secondary'} disabled={submit.busy}>
            {submit.busy ? 'Saving…' : 'Save settings'}
          </button>
          {p.paymentsEnabled && (
            <button type="button" className="secondary" onClick={() => void turnOff()} disabled={submit.busy}>
              Stop offering
            </button>
          )}
          <Saved show={!!saved} text={saved ?? ''} />
        </div>
      </form>
    </section>
  );
}
