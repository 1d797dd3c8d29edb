import { useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { adminApi } from '../api';
import { summarizeHours } from '../businessHours';
import { ROUTING_MODES } from '../policy';
import { adminHref } from '../route';
import type { Account } from '../types';
import { Avatar } from '../components/Avatar';

/** The company's CS accounts, each linking to its settings, policy, servicers and entry points. */
export function AccountsPage({ canEdit }: { canEdit: boolean }) {
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  useEffect(() => {
    adminApi
      .accounts()
      .then(setAccounts)
      .catch((e) => setProblem(toProblem(e)));
  }, []);

  return (
    <main className="console-main">
      <div className="page-head">
        <h2 className="page-title">Customer-service accounts</h2>
        {canEdit && (
          <a className="button" href={adminHref({ view: 'new' })}>
            New account
          </a>
        )}
      </div>
      <p className="lead">Each account is a named identity customers chat with, with its own hours, reception rules, servicers and entry points.</p>
      <ErrorBanner problem={problem} />
      {accounts === null && !problem && <p>Loading…</p>}
      {accounts?.length === 0 && <p className="muted">No accounts yet.{canEdit ? ' Create the first one.' : ''}</p>}
      <ul className="account-list" data-testid="account-list">
        {accounts?.map((a) => (
          <li key={a.id} className="card">
            <a href={adminHref({ view: 'account', accountId: a.id, tab: 'settings' })} className="account-link">
              <Avatar name={a.name} url={a.avatarUrl} />
              <span>
                <span className="name">{a.name}</span>
                <span className="hint">{summarizeHours(a.businessHours)}</span>
                <span className="hint">
                  {ROUTING_MODES.find((m) => m.value === a.policy.mode)?.label}, up to {a.policy.servicerCap} sessions per servicer
                </span>
              </span>
            </a>
            <nav className="quick-links" aria-label={`${a.name} pages`}>
              <a href={adminHref({ view: 'account', accountId: a.id, tab: 'servicers' })}>Servicers</a>
              <a href={adminHref({ view: 'account', accountId: a.id, tab: 'entry-points' })}>Entry points</a>
            </nav>
          </li>
        ))}
      </ul>
    </main>
  );
}
