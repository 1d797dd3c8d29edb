import { useCallback, useEffect, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { platformBillingApi } from '../api';
import { planTermLines, priceLabel } from '../billing';
import { PlanForm } from '../components/PlanForm';
import { forgetPlansOnSale } from '../usePlans';
import type { PlanView } from '../types';

/** The platform admin's plan catalog: the plans on sale with their terms, new plans and new versions. */
export function PlansPage() {
  const [plans, setPlans] = useState<PlanView[] | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  /** 'new', a plan's code being revised, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setPlans(await platformBillingApi.plans());
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  function onSaved(p: PlanView, created: boolean) {
    setEditing(null);
    setSaved(created ? `Created ${p.name}.` : `${p.name} is now at version ${p.version}; existing subscriptions keep their terms until they renew.`);
    forgetPlansOnSale();
    void reload();
  }

  const currency = plans?.[0]?.currency ?? 'USD';
  return (
    <main className="console-main billing-page">
      <div className="page-head">
        <h2 className="page-title">Plans</h2>
        {editing === null && (
          <button type="button" onClick={() => { setEditing('new'); setSaved(null); }} data-testid="new-plan">
            New plan
          </button>
        )}
      </div>
      <p className="lead">
        The plans on sale, cheapest first. Changing a plan makes a new version for new subscriptions and renewals; companies
        already on it keep their terms until their subscription renews.
      </p>
      <ErrorBanner problem={problem} />
      <p className="saved" role="status" data-testid="plan-saved">
        {saved ?? ''}
      </p>
      {editing === 'new' && <PlanForm currency={currency} onSaved={(p) => onSaved(p, true)} onCancel={() => setEditing(null)} />}
      {plans === null && !problem && <p>Loading…</p>}
      <ul className="plan-grid" data-testid="plan-list">
        {plans?.map((p) =>
          editing === p.code ? (
            <li key={p.id} className="span-all">
              <PlanForm plan={p} currency={currency} onSaved={(x) => onSaved(x, false)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={p.id} className="plan-card" data-testid={`plan-${p.code}`}>
              <h4>
                {p.name} <span className="muted code">{p.code} · v{p.version}</span>
              </h4>
              {p.description && <p className="muted description">{p.description}</p>}
              <p className="prices">
                <span className="price on">{priceLabel(p, 'monthly')}</span>
                {p.yearlyPrice > 0 && <span className="price on">{priceLabel(p, 'yearly')}</span>}
              </p>
              <ul className="terms">
                {planTermLines(p).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <button type="button" className="secondary" onClick={() => { setEditing(p.code); setSaved(null); }} disabled={editing !== null} data-testid={`revise-${p.code}`}>
                Revise
              </button>
            </li>
          ),
        )}
      </ul>
    </main>
  );
}
