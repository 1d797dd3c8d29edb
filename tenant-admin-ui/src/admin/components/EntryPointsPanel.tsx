import { useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { adminApi } from '../api';
import type { Account, EntryPoint } from '../types';
import { EntryPointCard } from './EntryPointCard';
import { EntryPointForm } from './EntryPointForm';
import { WidgetSecretPanel } from './WidgetSecretPanel';

/** An account's entry points (link, QR code, widget), a form for a new one, and the widget secret. */
export function EntryPointsPanel({ account, canEdit }: { account: Account; canEdit: boolean }) {
  const [entries, setEntries] = useState<EntryPoint[] | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  useEffect(() => {
    adminApi
      .entryPoints(account.id)
      .then(setEntries)
      .catch((e) => setProblem(toProblem(e)));
  }, [account.id]);

  const replace = (e: EntryPoint) => setEntries((list) => (list ?? []).map((x) => (x.id === e.id ? e : x)));
  return (
    <div className="entry-points">
      <section className="card" aria-labelledby="entry-points-heading">
        <h2 id="entry-points-heading">Entry points</h2>
        <p className="lead">
          Ways for customers to reach {account.name}: a chat link, a QR code for print, and a chat button for your website. Make one per place
          you advertise, so you can see where each conversation came from.
        </p>
        <ErrorBanner problem={problem} />
        {entries && entries.length === 0 && <p className="muted">No entry points yet.</p>}
        {canEdit && <EntryPointForm accountId={account.id} onSaved={(e) => setEntries((list) => [...(list ?? []), e])} />}
      </section>
      {entries?.map((e) => (
        <EntryPointCard key={e.id} entry={e} canEdit={canEdit} onChanged={replace} onDeleted={(id) => setEntries((list) => (list ?? []).filter((x) => x.id !== id))} />
      ))}
      {canEdit && <WidgetSecretPanel />}
    </div>
  );
}
