import { useRef, useState } from 'react';

/**
 * Read-only text with a copy button. Uses the Clipboard API; where it is missing or refused (plain http, older
 * browsers) the text is selected so the admin can press Ctrl/⌘+C.
 */
export function CopyField({ id, label, value, multiline = false, hint }: { id: string; label: string; value: string; multiline?: boolean; hint?: string }) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'selected'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      ref.current?.focus();
      ref.current?.select();
      setState('selected');
    }
  }

  const common = {
    id,
    ref,
    readOnly: true,
    value,
    spellCheck: false,
    onFocus: (e: { target: { select: () => void } }) => e.target.select(),
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? <textarea {...common} rows={3} className="code" /> : <input {...common} className="code" />}
        <button type="button" className="secondary" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <p className="hint" role="status">
        {state === 'selected' ? 'Copying is not allowed here: the text is selected, press Ctrl+C (⌘C on a Mac).' : ''}
      </p>
    </div>
  );
}
