import { useEffect, useState } from 'react';
import { billingApi } from './api';
import type { PlanView } from './types';

let cached: Promise<PlanView[]> | null = null;

/** The plans on sale (public), fetched once per page load; empty until they arrive or if the call fails. */
export function usePlansOnSale(enabled = true): PlanView[] {
  const [plans, setPlans] = useState<PlanView[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    cached ??= billingApi.plans().catch((e) => {
      cached = null; // try again next time
      throw e;
    });
    cached.then((p) => live && setPlans(p)).catch(() => undefined); // the link then names the plan by its code
    return () => {
      live = false;
    };
  }, [enabled]);
  return plans;
}

/** After the platform admin changes the catalog. */
export function forgetPlansOnSale(): void {
  cached = null;
}
