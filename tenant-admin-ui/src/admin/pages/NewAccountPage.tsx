import { navigate } from '../../router';
import { AccountForm } from '../components/AccountForm';
import { adminHref } from '../route';

export function NewAccountPage() {
  return (
    <main className="console-main">
      <p className="breadcrumb">
        <a href={adminHref({ view: 'list' })}>Customer-service accounts</a>
      </p>
      <AccountForm readOnly={false} onSaved={(a) => navigate(adminHref({ view: 'account', accountId: a.id, tab: 'settings' }).slice(1))} />
    </main>
  );
}
