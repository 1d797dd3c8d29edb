import { upgradeOffer } from '../billing/billing';
import { usePlansOnSale } from '../billing/usePlans';
import type { ProblemError, Quota } from '../problem';

/** A problem's detail; a plan's limit (402 quota-exceeded) also gets a link to upgrade on the billing page. */
export function ErrorBanner({ problem }: { problem: ProblemError | string | null }) {
  if (!problem) return null;
  const text = typeof problem === 'string' ? problem : problem.detail;
  const quota = typeof problem === 'string' ? null : problem.quota;
  return (
    <div className="error-banner" role="alert" data-testid="error">
      {text}
      {quota && <UpgradeLink quota={quota} />}
    </div>
  );
}

function UpgradeLink({ quota }: { quota: Quota }) {
  const offer = upgradeOffer(quota, usePlansOnSale(!!quota.upgradeTo));
  return (
    <>
      {' '}
      <a className="upgrade-link" href={offer.href} data-testid="upgrade-link">
        {offer.text}
      </a>
    </>
  );
}
