import type { ReactNode } from 'react';
import { fieldMessage, type Draft, type FormField } from '../configForm';

interface Props {
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
  fields: FormField[];
  draft: Draft;
  errors: Record<string, string>;
  onChange: (draft: Draft) => void;
}

/** The inputs of a plugin's configuration form, one per schema property (see configForm.ts for the mapping). */
export function ConfigFields({ idPrefix, fields, draft, errors, onChange }: Props) {
  if (fields.length === 0) return <p className="muted">This plugin has no settings.</p>;
  const set = (name: string, value: string | boolean) => onChange({ ...draft, values: { ...draft.values, [name]: value } });
  return (
    <>
      {fields.map((f) => (
        <ConfigField
          key={f.name}
          id={`${idPrefix}-${f.name}`}
          field={f}
          value={draft.values[f.name]}
          cleared={draft.cleared.includes(f.name)}
          error={errors[f.name] ? fieldMessage(f.label, errors[f.name]) : undefined}
          onValue={(v) => set(f.name, v)}
          onCleared={(clear) =>
            onChange({
              values: { ...draft.values, [f.name]: '' },
              cleared: clear ? [...draft.cleared, f.name] : draft.cleared.filter((n) => n !== f.name),
            })
          }
        />
      ))}
    </>
  );
}

function rangeHint(f: FormField): string | undefined {
  if (f.minimum !== undefined && f.maximum !== undefined) return `From ${f.minimum} to ${f.maximum}.`;
  if (f.minimum !== undefined) return `At least ${f.minimum}.`;
  if (f.maximum !== undefined) return `At most ${f.maximum}.`;
  return undefined;
}

function ConfigField({
  id,
  field: f,
  value,
  cleared,
  error,
  onValue,
  onCleared,
}: {
  id: string;
  field: FormField;
  value: string | boolean | undefined;
  cleared: boolean;
  error?: string;
  onValue: (v: string | boolean) => void;
  onCleared: (clear: boolean) => void;
}) {
  const text = typeof value === 'string' ? value : '';
  const hints = [
    f.hint,
    f.kind === 'integer' || f.kind === 'number' ? rangeHint(f) : undefined,
    f.kind === 'lines' ? 'One per line.' : undefined,
  ].filter(Boolean);
  const hint = hints.join(' ') || undefined;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    'data-field': f.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': f.required || undefined,
  };
  const label = (
    <>
      {f.label}
      {f.required && (
        <span className="required" title="required">
          {' '}
          *<span className="sr-only"> (required)</span>
        </span>
      )}
    </>
  );

  if (f.kind === 'boolean') {
    return (
      <Wrap id={id} hint={hint} error={error}>
        <label htmlFor={id} className="check">
          <input {...common} type="checkbox" checked={value === true} onChange={(e) => onValue(e.target.checked)} />
          {label}
        </label>
      </Wrap>
    );
  }

  let input: ReactNode;
  switch (f.kind) {
    case 'select':
      input = (
        <select {...common} value={text} onChange={(e) => onValue(e.target.value)}>
          {(text === '' || !f.required) && <option value="">{f.required ? 'Choose…' : '(none)'}</option>}
          {f.options!.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
      break;
    case 'textarea':
    case 'lines':
      input = (
        <textarea
          {...common}
          value={text}
          rows={Math.min(10, Math.max(3, text.split('\n').length + 1))}
          maxLength={f.kind === 'textarea' ? f.maxLength : undefined}
          spellCheck={f.kind === 'textarea'}
          onChange={(e) => onValue(e.target.value)}
        />
      );
      break;
    case 'secret':
      return (
        <Wrap id={id} label={label} hint={hint} error={error}>
          <div className="secret-row">
            <input
              {...common}
              type="password"
              autoComplete="new-password"
              value={text}
              maxLength={f.maxLength}
              placeholder={cleared ? 'cleared when you save' : f.secretSet ? 'set — leave empty to keep' : ''}
              onChange={(e) => onValue(e.target.value)}
            />
            {f.secretSet &&
              (cleared ? (
                <button type="button" className="link" onClick={() => onCleared(false)}>
                  Keep it
                </button>
              ) : (
                <button type="button" className="secondary" onClick={() => onCleared(true)} aria-label={`Clear ${f.label}`}>
                  Clear
                </button>
              ))}
          </div>
          <p className="hint" data-testid="secret-state">
            {cleared ? 'The stored value is removed when you save.' : f.secretSet ? 'A value is set; it is never shown.' : 'Not set.'}
          </p>
        </Wrap>
      );
    default: {
      const numeric = f.kind === 'integer' || f.kind === 'number';
      input = (
        <input
          {...common}
          type={{ email: 'email', url: 'url', password: 'password' }[f.kind as string] ?? 'text'}
          inputMode={f.kind === 'integer' ? 'numeric' : f.kind === 'number' ? 'decimal' : undefined}
          value={text}
          maxLength={numeric ? undefined : f.maxLength}
          autoComplete={f.kind === 'password' ? 'new-password' : 'off'}
          spellCheck={f.kind === 'text' ? undefined : false}
          autoCapitalize={f.kind === 'text' ? undefined : 'none'}
          onChange={(e) => onValue(e.target.value)}
        />
      );
    }
  }
  return (
    <Wrap id={id} label={label} hint={hint} error={error}>
      {input}
    </Wrap>
  );
}

function Wrap({ id, label, hint, error, children }: { id: string; label?: ReactNode; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="field">
      {label && <label htmlFor={id}>{label}</label>}
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
