/** The billing area of the console: the company's billing (#/billing) and the platform's companies and plans. */
import '../admin/admin.css';
import '../plugins/plugins.css';
import './billing.css';
import type { Me } from '../types';
import { billingAccess } from './billing';
import { BillingPage } from './pages/BillingPage';
import { PaymentProvidersPage } from './pages/PaymentProvidersPage';
import { PlansPage } from './pages/PlansPage';
import { TenantsPage } from './pages/TenantsPage';

export function BillingPages({ me, page }: { me: Me; page: 'billing' | 'tenants' | 'plans' | 'payment-providers' }) {
  const access = billingAccess(me);
  if (page === 'billing' && access.tenant) return <BillingPage />;
  if (page === 'tenants' && access.platform) return <TenantsPage />;
  if (page === 'plans' && access.platform) return <PlansPage />;
  if (page === 'payment-providers' && access.platform) return <PaymentProvidersPage />;
  return (
    <main className="console-main">
      <section className="card">
        <h2>{page === 'billing' ? 'Billing' : page === 'tenants' ? 'Companies' : page === 'plans' ? 'Plans' : 'Payment providers'}</h2>
        <p>
          {page === 'billing'
            ? 'This page is for company administrators. Ask an administrator if you need access.'
            : 'This page is for the platform administrator.'}
        </p>
      </section>
    </main>
  );
}
