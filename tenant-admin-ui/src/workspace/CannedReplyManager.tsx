import { useState, type FormEvent } from 'react';
import { toProblem } from '../problem';
import type { CannedReply } from './types';
import { workspaceApi } from './workspaceApi';

interface Draft {
  id: string | null;
  scope: 'personal' | 'tenant';
  shortcut: string;
  title: string;
  text: string;
}

const EMPTY: Draft = { id: null, scope: 'personal', shortcut: '', title: '', text: '' };

/** Add, edit and delete canned replies: one's own, and the company's for supervisors and admins. */
export function CannedReplyManager({
  replies,
  memberId,
  mayEditTenant,
  onChanged,
  onClose,
}: {
  replies: CannedReply[];
  memberId: string | null;
  mayEditTenant: boolean;
  onChanged: () => Promise<void>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayEdit = (r: CannedReply) => (r.scope === 'tenant' ? mayEditTenant : r.ownerId === memberId);

  async function act(f: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await f();
      await onChanged();
      return true;
    } catch (e) {
      setError(toProblem(e).detail);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = { shortcut: draft.shortcut.trim().replace(/^\//, ''), title: draft.title.trim(), text: draft.text.trim() };
    const ok = await act(() =>
      draft.id ? workspaceApi.updateCannedReply(draft.id, body) : workspaceApi.createCannedReply({ ...body, scope: draft.scope }),
    );
    if (ok) setDraft(EMPTY);
  }

  const groups: { label: string; list: CannedReply[] }[] = [
    { label: 'Mine', list: replies.filter((r) => r.scope === 'personal') },
    { label: 'Company-wide', list: replies.filter((r) => r.scope === 'tenant') },
  ];

  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div className="card dialog" role="dialog" aria-modal="true" aria-label="Canned replies" onClick={(e) => e.stopPropagation()}>
        <div className="dialog-head">
          <h2>Canned replies</h2>
          <button type="button" className="secondary" onClick={onClose}>
            Close
          </button>
        </div>
        <p className="hint">Type “/” and the shortcut in the composer to use one.</p>
        {groups.map((g) => (
          <section key={g.label}>
            <h3>{g.label}</h3>
            {g.list.length === 0 ? (
              <p className="muted">None yet.</p>
            ) : (
              <ul className="canned-list" data-testid={`canned-${g.label === 'Mine' ? 'personal' : 'tenant'}`}>
                {g.list.map((r) => (
                  <li key={r.id}>
                    <div>
                      <span className="shortcut">/{r.shortcut}</span> <strong>{r.title}</strong>
                      <div className="canned-text">{r.text}</div>
                    </div>
                    {mayEdit(r) && (
                      <div className="actions">
                        <button
                          type="button"
                          className="link"
                          onClick={() => setDraft({ id: r.id, scope: r.scope, shortcut: r.shortcut, title: r.title, text: r.text })}
                        >
                          Edit
                        </button>
                        <button type="button" className="link" disabled={busy} onClick={() => void act(() => workspaceApi.deleteCannedReply(r.id))}>
                          Delete
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <form className="canned-form" aria-label={draft.id ? 'Edit canned reply' : 'New canned reply'} onSubmit={(e) => void save(e)}>
          <h3>{draft.id ? 'Edit reply' : 'New reply'}</h3>
          <div className="inline-form">
            <div className="field">
              <label htmlFor="canned-shortcut">Shortcut</label>
              <input id="canned-shortcut" required maxLength={32} value={draft.shortcut} onChange={(e) => setDraft({ ...draft, shortcut: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="canned-title">Title</label>
              <input id="canned-title" required maxLength={120} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
            </div>
            {mayEditTenant && !draft.id && (
              <div className="field">
                <label htmlFor="canned-scope">For</label>
                <select id="canned-scope" value={draft.scope} onChange={(e) => setDraft({ ...draft, scope: e.target.value as Draft['scope'] })}>
                  <option value="personal">Me only</option>
                  <option value="tenant">Everyone in the company</option>
                </select>
              </div>
            )}
          </div>
          <div className="field">
            <label htmlFor="canned-text">Text</label>
            <textarea id="canned-text" required rows={3} maxLength={4000} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {draft.id ? 'Save' : 'Add reply'}
            </button>
            {draft.id && (
              <button type="button" className="secondary" onClick={() => setDraft(EMPTY)}>
                Cancel
              </button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
