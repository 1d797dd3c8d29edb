import { useEffect, useState } from 'react';
import { billingApi } from '../api';
import { planTermLines, signupOffer } from '../billing';
import type { PlanView } from '../types';

/**
 * The plans a new company can start on, the platform's signup plan chosen first. Without the list (the call
 * failed) nothing is shown and the signup names no plan, so the platform's default applies.
 */
export function SignupPlanChoice({ value, onChange }: { value: string | null; onChange: (code: string) => void }) {
  const [plans, setPlans] = useState<PlanView[]>([]);

  useEffect(() => {
    let live = true;
    Promise.all([billingApi.plans(), billingApi.signupDefault().catch(() => null)])
      .then(([onSale, byDefault]) => {
        if (!live) return;
        setPlans(onSale);
        const first = byDefault ?? onSale[0];
        if (first && value === null) onChange(first.code);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Loaded once; the parent's choice is only defaulted here, never overridden.
  }, []);

  if (plans.length === 0) return null;
  return (
    <fieldset className="field signup-plans" data-testid="signup-plans">
      <legend>Plan</legend>
      {plans.map((p) => (
        <label key={p.id} htmlFor={`plan-${p.code}`} className={`check signup-plan${value === p.code ? ' chosen' : ''}`}>
          <input id={`plan-${p.code}`} type="radio" name="plan" checked={value === p.code} onChange={() => onChange(p.code)} />
          <span>
            <strong>{p.name}</strong> · {signupOffer(p)}
            <span className="hint">{planTermLines(p).slice(0, 3).join(' · ')}</span>
          </span>
        </label>
      ))}
      <p className="hint">You can change plan, seats or billing cycle later under Billing.</p>
    </fieldset>
  );
}
