import { useMemo, useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useSubmit } from '../../useSubmit';
import { Saved } from '../../admin/components/Saved';
import { pluginApi } from '../api';
import { configFromDraft, draftErrors, draftFrom, formFields } from '../configForm';
import { formatDate } from '../plugins';
import type { Binding, Config, TenantPlugin } from '../types';
import { ConfigFields } from './ConfigFields';

interface Props {
  plugin: TenantPlugin;
  /** null: the company-wide binding. */
  accountId: string | null;
  accountName?: string;
  binding: Binding | null;
  /** What a new binding's form starts from (an account starts from the company's settings). */
  baseConfig?: Config | null;
  onSaved: (binding: Binding) => void;
  /** Accounts only: the account's own binding was dropped, it follows the company again. */
  onDropped?: () => void;
}

/** A plugin's settings and on/off switch for the company or one CS account, with any suspension and its reason. */
export function BindingEditor({ plugin, accountId, accountName, binding, baseConfig, onSaved, onDropped }: Props) {
  const schema = plugin.configSchema;
  const start = binding?.config ?? baseConfig ?? null;
  const fields = useMemo(() => formFields(schema, binding?.secretsSet ?? [], start), [schema, binding?.secretsSet, start]);
  const [draft, setDraft] = useState(() => draftFrom(fields, schema, start));
  const [saved, setSaved] = useState<string | null>(null);
  const submit = useSubmit();
  const scope = accountId ? 'this account' : 'the whole company';
  const idPrefix = `plugin-${plugin.id}-${accountId ?? 'company'}`;

  function stored(b: Binding) {
    onSaved(b);
    // Secrets never come back: empty their inputs, keep what the admin sees otherwise.
    setDraft(draftFrom(formFields(schema, b.secretsSet, b.config), schema, b.config));
  }

  async function save(enable: boolean | null) {
    setSaved(null);
    const ok = await submit.run(async () => {
      let b = await pluginApi.saveConfig(plugin.id, accountId, configFromDraft(fields, draft));
      stored(b);
      if (enable !== null && enable !== b.enabled) {
        b = await pluginApi.setEnabled(plugin.id, accountId, enable);
        stored(b);
      }
    }, draftErrors(fields, draft));
    if (ok) setSaved(enable === true ? `Enabled for ${scope}.` : 'Saved.');
  }

  async function setEnabled(enabled: boolean) {
    setSaved(null);
    const ok = await submit.run(async () => stored(await pluginApi.setEnabled(plugin.id, accountId, enabled)));
    if (ok) setSaved(enabled ? `Enabled for ${scope}.` : `Disabled for ${scope}.`);
  }

  async function drop() {
    if (!accountId || !onDropped) return;
    if (!window.confirm(`Drop the own settings of ${accountName ?? 'this account'} for ${plugin.name}? It then follows the company's settings.`)) return;
    const ok = await submit.run(() => pluginApi.dropAccount(plugin.id, accountId));
    if (ok) onDropped();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void save(null);
  }

  const enabled = !!binding?.enabled && !binding.suspended;
  return (
    <form className="binding-editor" onSubmit={onSubmit} noValidate aria-label={`${plugin.name} settings for ${accountName ?? 'the company'}`}>
      <p className={`binding-status ${enabled ? 'on' : 'off'}`} data-testid="binding-status">
        {binding?.suspended ? `Suspended for ${scope}` : enabled ? `Enabled for ${scope}` : `Not enabled for ${scope}`}
        {binding && <span className="hint"> · changed {formatDate(binding.updatedAt)}</span>}
      </p>
      {binding?.suspended && (
        <div className="warning-banner" role="alert" data-testid="suspended">
          <p>
            The platform suspended {plugin.name} for {scope} on {formatDate(binding.suspended.at)}: {binding.suspended.reason}
          </p>
          <p>Check the settings, then re-enable it.</p>
          <button type="button" onClick={() => void setEnabled(true)} disabled={submit.busy}>
            Re-enable
          </button>
        </div>
      )}
      <ErrorBanner problem={submit.problem} />
      <fieldset className="plain" disabled={submit.busy}>
        <ConfigFields idPrefix={idPrefix} fields={fields} draft={draft} errors={submit.fieldErrors} onChange={setDraft} />
      </fieldset>
      <div className="actions">
        {!binding?.enabled && (
          <button type="button" onClick={() => void save(true)} disabled={submit.busy}>
            Save and enable
          </button>
        )}
        <button type="submit" className={binding?.enabled ? undefined : 'secondary'} disabled={submit.busy}>
          {submit.busy ? 'Saving…' : 'Save settings'}
        </button>
        {binding?.enabled && (
          <button type="button" className="secondary" onClick={() => void setEnabled(false)} disabled={submit.busy}>
            Disable
          </button>
        )}
        {accountId && binding && onDropped && (
          <button type="button" className="link" onClick={() => void drop()} disabled={submit.busy}>
            Use the company's settings
          </button>
        )}
        <Saved show={!!saved} text={saved ?? ''} />
      </div>
    </form>
  );
}
