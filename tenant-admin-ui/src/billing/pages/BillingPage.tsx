import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { toProblem, type ProblemError } from '../../problem';
import { billingApi } from '../api';
import { invoiceToPay } from '../billing';
import { billingChanged } from '../events';
import { InvoicesCard } from '../components/InvoicesCard';
import { PlanChooser } from '../components/PlanChooser';
import { SubscriptionCard } from '../components/SubscriptionCard';
import { UsageCard } from '../components/UsageCard';
import { UsageHistoryCard } from '../components/UsageHistoryCard';
import type { InvoiceView, PlanView, SubscriptionView, UsageView } from '../types';

/** A company admin's billing: the subscription, use against the plan's limits, changing plan, and invoices. */
export function BillingPage() {
  const [subscription, setSubscription] = useState<SubscriptionView | null>(null);
  const [usage, setUsage] = useState<UsageView | null>(null);
  const [plans, setPlans] = useState<PlanView[] | null>(null);
  const [invoices, setInvoices] = useState<InvoiceView[] | null>(null);
  const [members, setMembers] = useState(0);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [paying, setPaying] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [s, u, p, i, m] = await Promise.all([
        billingApi.subscription(),
        billingApi.usage(),
        billingApi.plans(),
        billingApi.invoices(),
        api.members(),
      ]);
      setSubscription(s);
      setUsage(u);
      setPlans(p);
      setInvoices(i);
      setMembers(m.length);
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const changed = useCallback(async () => {
    await reload();
    billingChanged();
  }, [reload]);

  return (
    <main className="console-main billing-page">
      <h2 className="page-title">Billing</h2>
      <p className="lead">Your plan, what you have used this period, and your invoices.</p>
      <ErrorBanner problem={problem} />
      {!subscription && !problem && <p>Loading…</p>}
      {subscription && (
        <SubscriptionCard
          subscription={subscription}
          toPay={invoices ? invoiceToPay(invoices) : null}
          onPay={(inv) => {
            setPaying(inv.id);
            document.getElementById('invoices-heading')?.scrollIntoView({ behavior: 'smooth' });
          }}
          onChanged={(s) => {
            setSubscription(s);
            billingChanged();
          }}
        />
      )}
      {usage && subscription && <UsageCard usage={usage} planName={subscription.plan.name} />}
      {subscription && <UsageHistoryCard />}
      {plans && subscription && (
        // Only plans in the subscription's currency can be changed to (the server refuses the others).
        <PlanChooser
          plans={plans.filter((p) => p.currency === subscription.plan.currency)}
          subscription={subscription}
          members={members}
          onChanged={changed}
        />
      )}
      {invoices && <InvoicesCard invoices={invoices} paying={paying} onPaying={setPaying} />}
    </main>
  );
}
