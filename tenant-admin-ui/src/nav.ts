/** The console's navigation per role: what the shared header links to. */
import { adminAccess } from './admin/access';
import { billingAccess } from './billing/billing';
import { pluginAccess } from './plugins/plugins';
import type { Route } from './router';
import type { Me } from './types';

export interface NavLink {
  href: string;
  label: string;
  current: boolean;
  testId?: string;
}

/** `knowledgeBase`: the platform offers the knowledge-base plugin (tenant admins then get its page). */
export function consoleLinks(me: Me, page: Route['page'], knowledgeBase: boolean): NavLink[] {
  const plugins = pluginAccess(me);
  const billing = billingAccess(me);
  if (!me.tenant) {
    return plugins.platform
      ? [
          { href: '#/org', label: 'Overview', current: page === 'org' },
          { href: '#/tenants', label: 'Companies', current: page === 'tenants', testId: 'nav-tenants' },
          { href: '#/plans', label: 'Plans', current: page === 'plans', testId: 'nav-plans' },
          { href: '#/payment-providers', label: 'Payment providers', current: page === 'payment-providers', testId: 'nav-payment-providers' },
          { href: '#/plugins', label: 'Plugins', current: page === 'plugins', testId: 'nav-plugins' },
        ]
      : [];
  }
  return [
    { href: '#/workspace', label: 'Workspace', current: page === 'workspace', testId: 'open-workspace' },
    { href: '#/org', label: 'Organization', current: page === 'org' },
    ...(adminAccess(me).view ? [{ href: '#/accounts', label: 'CS accounts', current: page === 'accounts' }] : []),
    ...(plugins.tenant ? [{ href: '#/plugins', label: 'Plugins', current: page === 'plugins', testId: 'nav-plugins' }] : []),
    ...(plugins.tenant && knowledgeBase ? [{ href: '#/knowledge', label: 'Knowledge base', current: page === 'knowledge', testId: 'nav-knowledge' }] : []),
    ...(billing.tenant ? [{ href: '#/billing', label: 'Billing', current: page === 'billing', testId: 'nav-billing' }] : []),
  ];
}
