/** The admin area of the console (#/accounts…): CS accounts, reception policy, servicers and entry points. */
import type { Me } from '../types';
import { adminAccess } from './access';
import './admin.css';
import { AccountPage } from './pages/AccountPage';
import { AccountsPage } from './pages/AccountsPage';
import { NewAccountPage } from './pages/NewAccountPage';
import { parseAdminPath } from './route';

export function AdminPages({ me, path }: { me: Me; path: string[] }) {
  const access = adminAccess(me);
  if (!access.view) {
    return (
      <main className="console-main">
        <section className="card">
          <h2>Customer-service accounts</h2>
          <p>These pages are for company administrators and supervisors. Ask an administrator if you need access.</p>
        </section>
      </main>
    );
  }
  const route = parseAdminPath(path);
  switch (route.view) {
    case 'list':
      return <AccountsPage canEdit={access.edit} />;
    case 'new':
      return access.edit ? <NewAccountPage /> : <AccountsPage canEdit={false} />;
    case 'account':
      return <AccountPage key={route.accountId} accountId={route.accountId} tab={route.tab} access={access} />;
  }
}
