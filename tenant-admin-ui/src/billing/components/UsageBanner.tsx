import { useEffect, useState } from 'react';
import type { Me } from '../../types';
import { billingApi } from '../api';
import { billingAccess, usageAlert, type UsageAlert } from '../billing';
import { onBillingChanged } from '../events';

/**
 * Tells tenant admins, on every console page, when a limited meter has passed 80 % or reached its limit. Looks
 * again whenever the location changes (`at`, e.g. after creating an account) and after the subscription changes;
 * says nothing if the billing API fails.
 */
export function UsageBanner({ me, page, at }: { me: Me; page: string; at: string }) {
  const enabled = billingAccess(me).tenant;
  const [alert, setAlert] = useState<UsageAlert | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => onBillingChanged(() => setVersion((v) => v + 1)), []);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    Promise.all([billingApi.subscription(), billingApi.usage()])
      .then(([s, u]) => live && setAlert(usageAlert(u, s.plan.name, s.plan.overagePer100Conversations == null)))
      .catch(() => live && setAlert(null)); // the billing page says what failed
    return () => {
      live = false;
    };
  }, [enabled, at, version, me.user.id]);

  if (!enabled || !alert) return null;
  return (
    <div className={`usage-banner ${alert.level}`} role={alert.level === 'full' ? 'alert' : 'status'} data-testid="usage-banner" data-level={alert.level}>
      <span>{alert.message}</span>{' '}
      {page !== 'billing' && (
        <a href="#/billing" data-testid="usage-banner-link">
          {alert.level === 'full' ? 'Upgrade your plan' : 'See plans'}
        </a>
      )}
    </div>
  );
}
