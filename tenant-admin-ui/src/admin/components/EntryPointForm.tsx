import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../useSubmit';
import { adminApi } from '../api';
import { draftFromEntry, entryErrors, entryFromDraft, type EntryDraft } from '../entryPoints';
import type { EntryPoint } from '../types';
import { TextArea } from './TextArea';

interface Props {
  accountId: string;
  /** Absent: create one. */
  entry?: EntryPoint;
  onSaved: (e: EntryPoint) => void;
  onCancel?: () => void;
}

/** Scene, name and allowed origins of an entry point. */
export function EntryPointForm({ accountId, entry, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<EntryDraft>(() => draftFromEntry(entry));
  const submit = useSubmit();
  const p = entry ? `entry-${entry.id}` : 'entry-new';
  const set = (key: keyof EntryDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const ok = await submit.run(async () => {
      const body = entryFromDraft(draft);
      onSaved(entry ? await adminApi.updateEntryPoint(entry.id, body) : await adminApi.createEntryPoint(accountId, body));
    }, entryErrors(draft));
    if (ok && !entry) setDraft(draftFromEntry());
  }

  const title = entry ? `Edit ${entry.name}` : 'New entry point';
  return (
    <form className="entry-form" onSubmit={save} noValidate aria-label={title}>
      <h3>{title}</h3>
      <ErrorBanner problem={submit.problem} />
      <div className="pair">
        <TextField
          id={`${p}-scene`}
          label="Scene"
          value={draft.scene}
          onChange={(e) => set('scene', e.target.value)}
          error={submit.fieldErrors.scene}
          hint="Where customers come from, e.g. website, app or flyer-2025. Sessions remember it. Letters, digits, '.', '_', '-'."
          maxLength={64}
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id={`${p}-name`}
          label="Name"
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          error={submit.fieldErrors.name}
          hint="For your team only; the scene if left empty."
          maxLength={120}
        />
      </div>
      <TextArea
        id={`${p}-origins`}
        label="Allowed origins"
        value={draft.origins}
        onChange={(e) => set('origins', e.target.value)}
        error={submit.fieldErrors.allowedOrigins}
        hint="Websites that may embed the chat widget, one per line, as scheme://host[:port], e.g. https://shop.example.com. The chat link and QR code work without any."
        placeholder="https://shop.example.com"
        spellCheck={false}
        autoCapitalize="none"
      />
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {entry ? 'Save entry point' : 'Create entry point'}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
