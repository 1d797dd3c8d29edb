import { useEffect, useState, type FormEvent } from 'react';
import { toProblem } from '../problem';
import type { Department, Member } from '../types';
import type { AccountSummary, SessionView } from './types';
import { workspaceApi, type TransferTarget } from './workspaceApi';

type Kind = 'servicer' | 'department' | 'account' | 'queue';

/** Hands the session to a servicer, a department, another CS account, or back to the queue. */
export function TransferForm({
  session,
  memberId,
  onDone,
  onCancel,
}: {
  session: SessionView;
  memberId: string | null;
  onDone: (view: SessionView) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<Kind>('servicer');
  const [target, setTarget] = useState('');
  const [members, setMembers] = useState<Member[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    workspaceApi.members().then(
      (m) => setMembers(m.filter((x) => x.status === 'active' && x.id !== memberId && x.roles.some((r) => r !== 'platform-admin'))),
      (e) => setError(toProblem(e).detail),
    );
    workspaceApi.departments().then(setDepartments, () => setDepartments([]));
    workspaceApi.accounts().then((a) => setAccounts(a.filter((x) => x.id !== session.accountId)), () => setAccounts([]));
  }, [memberId, session.accountId]);

  const options: { id: string; name: string }[] =
    kind === 'servicer' ? members.map((m) => ({ id: m.id, name: m.name || m.email })) : kind === 'department' ? departments : kind === 'account' ? accounts : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    let t: TransferTarget;
    if (kind === 'queue') t = { queue: true };
    else if (!target) return setError('Choose where the session goes.');
    else if (kind === 'servicer') t = { memberId: target };
    else if (kind === 'department') t = { departmentId: target };
    else t = { accountId: target };
    setBusy(true);
    setError(null);
    try {
      onDone(await workspaceApi.transfer(session.id, t));
    } catch (err) {
      setError(toProblem(err).detail);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="transfer-form card" aria-label="Transfer" onSubmit={(e) => void submit(e)}>
      <fieldset className="field">
        <legend>Transfer to</legend>
        <div className="checks">
          {(['servicer', 'department', 'account', 'queue'] as Kind[]).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="transfer-kind"
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setTarget('');
                }}
              />
              {k === 'servicer' ? 'A colleague' : k === 'department' ? 'A department' : k === 'account' ? 'Another account' : 'Back to the queue'}
            </label>
          ))}
        </div>
      </fieldset>
      {kind !== 'queue' && (
        <div className="field">
          <label htmlFor="transfer-target">{kind === 'servicer' ? 'Colleague' : kind === 'department' ? 'Department' : 'Account'}</label>
          <select id="transfer-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose…</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Transfer
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
