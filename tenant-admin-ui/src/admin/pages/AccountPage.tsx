import { useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { navigate } from '../../router';
import { useSubmit } from '../../useSubmit';
import type { AdminAccess } from '../access';
import { adminApi } from '../api';
import { AccountForm } from '../components/AccountForm';
import { Avatar } from '../components/Avatar';
import { EntryPointsPanel } from '../components/EntryPointsPanel';
import { PolicyForm } from '../components/PolicyForm';
import { ServicersPanel } from '../components/ServicersPanel';
import { ACCOUNT_TABS, adminHref, type AccountTab } from '../route';
import type { Account } from '../types';

/** One CS account with its four tabs: settings, reception policy, servicers, entry points. */
export function AccountPage({ accountId, tab, access }: { accountId: string; tab: AccountTab; access: AdminAccess }) {
  const [account, setAccount] = useState<Account | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  useEffect(() => {
    setAccount(null);
    setProblem(null);
    adminApi
      .account(accountId)
      .then(setAccount)
      .catch((e) => setProblem(toProblem(e)));
  }, [accountId]);

  return (
    <main className="console-main">
      <p className="breadcrumb">
        <a href={adminHref({ view: 'list' })}>Customer-service accounts</a>
      </p>
      <ErrorBanner problem={problem} />
      {!account && !problem && <p>Loading…</p>}
      {account && (
        <>
          <div className="account-head">
            <Avatar name={account.name} url={account.avatarUrl} size={56} />
            <h2 className="page-title" data-testid="account-name">
              {account.name}
            </h2>
          </div>
          <nav className="tabs" aria-label="Account pages">
            {ACCOUNT_TABS.map((t) => (
              <a key={t.tab} href={adminHref({ view: 'account', accountId, tab: t.tab })} aria-current={t.tab === tab ? 'page' : undefined}>
                {t.label}
              </a>
            ))}
          </nav>
          {tab === 'settings' && (
            <>
              <AccountForm key={account.id} account={account} readOnly={!access.edit} onSaved={setAccount} />
              {access.edit && <DeleteAccount account={account} />}
            </>
          )}
          {tab === 'policy' && <PolicyForm key={account.id} account={account} readOnly={!access.editPolicy} onSaved={setAccount} />}
          {tab === 'servicers' && <ServicersPanel account={account} canEdit={access.edit} />}
          {tab === 'entry-points' && <EntryPointsPanel account={account} canEdit={access.edit} />}
        </>
      )}
    </main>
  );
}

function DeleteAccount({ account }: { account: Account }) {
  const del = useSubmit();

  async function remove() {
    const question = `Delete the account "${account.name}"? Its open sessions close and its entry points stop working. Past conversations are kept.`;
    if (!window.confirm(question)) return;
    const ok = await del.run(() => adminApi.deleteAccount(account.id));
    if (ok) navigate(adminHref({ view: 'list' }).slice(1));
  }

  return (
    <section className="card danger-zone" aria-labelledby="delete-account-heading">
      <h2 id="delete-account-heading">Delete this account</h2>
      <p className="muted">Open sessions close, entry points stop working; past conversations are kept.</p>
      <ErrorBanner problem={del.problem} />
      <button type="button" className="danger" onClick={() => void remove()} disabled={del.busy}>
        Delete account
      </button>
    </section>
  );
}
