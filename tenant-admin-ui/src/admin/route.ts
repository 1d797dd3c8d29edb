/** The admin pages' own routes, below "#/accounts" (the app's router hands over the rest of the path). */

export type AccountTab = 'settings' | 'policy' | 'servicers' | 'entry-points';

export type AdminRoute =
  | { view: 'list' }
  | { view: 'new' }
  | { view: 'account'; accountId: string; tab: AccountTab };

export const ACCOUNT_TABS: { tab: AccountTab; label: string }[] = [
  { tab: 'settings', label: 'Settings' },
  { tab: 'policy', label: 'Reception policy' },
  { tab: 'servicers', label: 'Servicers' },
  { tab: 'entry-points', label: 'Entry points' },
];

/** `path` is what follows "#/accounts/", split on "/". */
export function parseAdminPath(path: string[]): AdminRoute {
  const [first, second] = path.map(decodeURIComponent);
  if (!first) return { view: 'list' };
  if (first === 'new') return { view: 'new' };
  const tab = ACCOUNT_TABS.find((t) => t.tab === second)?.tab ?? 'settings';
  return { view: 'account', accountId: first, tab };
}

export function adminHref(route: AdminRoute): string {
  switch (route.view) {
    case 'list':
      return '#/accounts';
    case 'new':
      return '#/accounts/new';
    case 'account':
      return `#/accounts/${encodeURIComponent(route.accountId)}${route.tab === 'settings' ? '' : `/${route.tab}`}`;
  }
}
