import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { hasSession } from '../../auth';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import type { Department, Member } from '../../types';
import { useSubmit } from '../../useSubmit';
import { adminApi } from '../api';
import { assignableDepartments, assignableMembers, BOARD_REFRESH_MS, loadText, statusLabel } from '../servicers';
import type { Account, ServicerAssignment, ServicerBoard } from '../types';

interface Props {
  account: Account;
  canEdit: boolean;
}

/** Who serves an account (members and whole departments), and each servicer's status and load, kept fresh. */
export function ServicersPanel({ account, canEdit }: Props) {
  const [board, setBoard] = useState<ServicerBoard | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);

  const refresh = useCallback(async () => {
    try {
      setBoard(await adminApi.servicers(account.id));
      setUpdatedAt(new Date());
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, [account.id]);

  // Re-read the board every few seconds while the tab is visible, and at once when it becomes visible again.
  // Not while signing out: the tokens are gone before the page is, and a 401 then would read as "session ended".
  useEffect(() => {
    void refresh();
    const due = () => document.visibilityState === 'visible' && hasSession();
    const timer = window.setInterval(() => {
      if (due()) void refresh();
    }, BOARD_REFRESH_MS);
    const onVisible = () => due() && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  useEffect(() => {
    if (!canEdit) return;
    Promise.all([api.members(), api.departments()])
      .then(([m, d]) => {
        setMembers(m);
        setDepartments(d);
      })
      .catch((e) => setProblem(toProblem(e)));
  }, [canEdit]);

  const cap = account.policy.servicerCap;
  return (
    <div className="servicers">
      <section className="card" aria-labelledby="servicer-board-heading">
        <div className="card-head">
          <h2 id="servicer-board-heading">Servicers now</h2>
          <button type="button" className="secondary" onClick={() => void refresh()}>
            Refresh
          </button>
        </div>
        <p className="hint" aria-live="off">
          {updatedAt ? `Updated ${updatedAt.toLocaleTimeString()}; refreshes every ${BOARD_REFRESH_MS / 1000} seconds.` : 'Loading…'}
        </p>
        <ErrorBanner problem={problem} />
        {board && board.servicers.length === 0 && (
          <p className="muted">Nobody serves this account yet, so new customers wait in the queue.{canEdit ? ' Add members or departments below.' : ''}</p>
        )}
        {board && board.servicers.length > 0 && (
          <table className="admin-table" data-testid="servicer-board">
            <thead>
              <tr>
                <th scope="col">Servicer</th>
                <th scope="col">Status</th>
                <th scope="col">Load</th>
              </tr>
            </thead>
            <tbody>
              {board.servicers.map((s) => {
                const load = loadText(s.activeSessions, cap);
                return (
                  <tr key={s.memberId} data-testid="servicer-row">
                    <td data-label="Servicer">{s.name}</td>
                    <td data-label="Status">
                      <span className={`badge ${s.status === 'receiving' ? 'receiving' : 'paused'}`}>{statusLabel(s)}</span>
                    </td>
                    <td data-label="Load">
                      <span className={`load ${load.full ? 'full' : ''}`}>
                        <meter min={0} max={cap} value={Math.min(s.activeSessions, cap)} aria-hidden="true" />
                        {load.text}
                        {load.full ? ' (full)' : ''}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="hint">
          Paused servicers get no new sessions and keep the ones they have: “stopped” is off duty, “suspended” is away for a moment. Servicers set
          their own status in their workspace. The limit of {cap} comes from the reception policy.
        </p>
      </section>

      <section className="card" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assigned</h2>
        {board && <Assignments account={account} assignments={board.assignments} canEdit={canEdit} onChanged={refresh} />}
        {canEdit && board && (
          <AddServicers
            account={account}
            members={assignableMembers(members, board)}
            departments={assignableDepartments(departments, board)}
            onAdded={(b) => {
              setBoard(b);
              setUpdatedAt(new Date());
            }}
          />
        )}
      </section>
    </div>
  );
}

function Assignments({ account, assignments, canEdit, onChanged }: { account: Account; assignments: ServicerAssignment[]; canEdit: boolean; onChanged: () => Promise<void> }) {
  const remove = useSubmit();

  async function removeOne(a: ServicerAssignment) {
    const what = a.kind === 'department' ? `the department "${a.name}"` : a.name ?? 'this member';
    if (!window.confirm(`Stop ${what} from serving ${account.name}? Sessions they have now stay with them.`)) return;
    await remove.run(async () => {
      await adminApi.removeServicer(account.id, a.id);
      await onChanged();
    });
  }

  if (assignments.length === 0) return <p className="muted">No members or departments assigned.</p>;
  return (
    <>
      <ErrorBanner problem={remove.problem} />
      <ul className="admin-list" data-testid="servicer-assignments">
        {assignments.map((a) => (
          <li key={a.id} className="row">
            <span>
              <span className="badge kind">{a.kind === 'department' ? 'Department' : 'Member'}</span> <span className="name">{a.name ?? '(deleted)'}</span>
            </span>
            {canEdit && (
              <button type="button" className="danger" onClick={() => void removeOne(a)} disabled={remove.busy} aria-label={`Remove ${a.name ?? a.kind}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function AddServicers({ account, members, departments, onAdded }: { account: Account; members: Member[]; departments: Department[]; onAdded: (b: ServicerBoard) => void }) {
  const [userIds, setUserIds] = useState<string[]>([]);
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const add = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const clientErrors: Record<string, string> = userIds.length || departmentIds.length ? {} : { userIds: 'Pick at least one member or department.' };
    const ok = await add.run(async () => onAdded(await adminApi.addServicers(account.id, userIds, departmentIds)), clientErrors);
    if (ok) {
      setUserIds([]);
      setDepartmentIds([]);
    }
  }

  const size = (n: number) => Math.min(Math.max(n, 2), 6);
  return (
    <form className="add-servicers" onSubmit={submit} noValidate aria-label="Add servicers">
      <h3>Add servicers</h3>
      <ErrorBanner problem={add.problem} />
      <div className="pair">
        <div className="field">
          <label htmlFor="servicer-members">Members</label>
          <select
            id="servicer-members"
            multiple
            size={size(members.length)}
            value={userIds}
            onChange={(e) => setUserIds(Array.from(e.target.selectedOptions, (o) => o.value))}
            disabled={members.length === 0}
            aria-describedby="servicer-members-hint"
            aria-invalid={add.fieldErrors.userIds ? true : undefined}
          >
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name || m.email}
                {m.status === 'invited' ? ' (invited)' : ''}
              </option>
            ))}
          </select>
          <p className="hint" id="servicer-members-hint">
            {members.length ? 'Ctrl/⌘-click or tap to pick several. Invited members start serving once they accept.' : 'Every member is assigned already.'}
          </p>
          {add.fieldErrors.userIds && <p className="field-error">{add.fieldErrors.userIds}</p>}
        </div>
        <div className="field">
          <label htmlFor="servicer-departments">Departments</label>
          <select
            id="servicer-departments"
            multiple
            size={size(departments.length)}
            value={departmentIds}
            onChange={(e) => setDepartmentIds(Array.from(e.target.selectedOptions, (o) => o.value))}
            disabled={departments.length === 0}
            aria-describedby="servicer-departments-hint"
          >
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <p className="hint" id="servicer-departments-hint">
            {departments.length ? 'Everyone in the department serves, including people who join it later.' : 'No departments to add.'}
          </p>
          {add.fieldErrors.departmentIds && <p className="field-error">{add.fieldErrors.departmentIds}</p>}
        </div>
      </div>
      <button type="submit" disabled={add.busy}>
        Add servicers
      </button>
    </form>
  );
}
