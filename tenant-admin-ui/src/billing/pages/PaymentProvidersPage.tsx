import { useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { platformBillingApi } from '../api';
import { ProviderSettings } from '../components/ProviderSettings';
import type { PaymentProviderView } from '../types';

/** The platform admin's ways for companies to pay: each payment provider plugin's settings and switch. */
export function PaymentProvidersPage() {
  const [providers, setProviders] = useState<PaymentProviderView[] | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  useEffect(() => {
    platformBillingApi.paymentProviders().then(setProviders, (e) => setProblem(toProblem(e)));
  }, []);

  return (
    <main className="console-main billing-page">
      <h2 className="page-title">Payment providers</h2>
      <p className="lead">
        How companies can pay their invoices. Enter each provider's details (secrets are stored encrypted and never shown again), then offer
        it to companies.
      </p>
      <ErrorBanner problem={problem} />
      {providers === null && !problem && <p>Loading…</p>}
      {providers?.length === 0 && (
        <p className="muted">No payment provider plugin is installed. Install one under Plugins.</p>
      )}
      {providers?.map((p) => (
        <ProviderSettings
          key={p.pluginId}
          provider={p}
          onSaved={(v) => setProviders((all) => (all ?? []).map((x) => (x.pluginId === v.pluginId ? v : x)))}
        />
      ))}
    </main>
  );
}
