import '../../admin/admin.css';
import '../plugins.css';
import { useEffect, useState } from 'react';
import { adminApi } from '../../admin/api';
import type { Account } from '../../admin/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { pluginApi } from '../api';
import { TenantPluginCard } from '../components/TenantPluginCard';
import type { Binding, TenantPlugin } from '../types';

/** A company admin's plugins: each one the platform offers, switched on and configured for the company or per account. */
export function TenantPluginsPage() {
  const [plugins, setPlugins] = useState<TenantPlugin[] | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  useEffect(() => {
    Promise.all([pluginApi.list(), adminApi.accounts()])
      .then(([p, a]) => {
        setPlugins(p);
        setAccounts(a);
      })
      .catch((e) => setProblem(toProblem(e)));
  }, []);

  function update(pluginId: string, change: (p: TenantPlugin) => TenantPlugin) {
    setPlugins((list) => (list ?? []).map((p) => (p.id === pluginId ? change(p) : p)));
  }

  const onBinding = (pluginId: string) => (b: Binding) =>
    update(pluginId, (p) =>
      b.accountId === null
        ? { ...p, tenant: b }
        : { ...p, accounts: [...p.accounts.filter((x) => x.accountId !== b.accountId), b] },
    );

  return (
    <main className="console-main plugins-page">
      <h2 className="page-title">Plugins</h2>
      <p className="lead">
        Add-ons the platform offers: channels that bring in customers from elsewhere, assistants that answer first, payment
        providers. Switch each on for the whole company or per customer-service account.
      </p>
      <ErrorBanner problem={problem} />
      {plugins === null && !problem && <p>Loading…</p>}
      {plugins?.length === 0 && <p className="muted">The platform offers no plugins yet.</p>}
      <ul className="plugin-list" data-testid="tenant-plugin-list">
        {plugins?.map((p) => (
          <li key={p.id}>
            <TenantPluginCard
              plugin={p}
              accounts={accounts}
              onBinding={onBinding(p.id)}
              onAccountDropped={(accountId) => update(p.id, (x) => ({ ...x, accounts: x.accounts.filter((b) => b.accountId !== accountId) }))}
            />
          </li>
        ))}
      </ul>
    </main>
  );
}
