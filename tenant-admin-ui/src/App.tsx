import { useCallback, useEffect, useState } from 'react';
import { api, onSessionLost } from './api';
import { completeKeycloakLogin, getConfig, hasSession, loadConfig, signOut } from './auth';
import { AdminPages } from './admin/AdminPages';
import { BillingPages } from './billing/BillingPages';
import { ConsoleHeader } from './components/ConsoleHeader';
import { ErrorBanner } from './components/ErrorBanner';
import { InvitePage } from './pages/InvitePage';
import { LoginPage } from './pages/LoginPage';
import { OrgPage } from './pages/OrgPage';
import { SignupPage } from './pages/SignupPage';
import { toProblem } from './problem';
import { navigate, useRoute } from './router';
import type { Me } from './types';
import { pluginAccess } from './plugins/plugins';
import { KnowledgePage } from './plugins/pages/KnowledgePage';
import { PlatformPluginsPage } from './plugins/pages/PlatformPluginsPage';
import { TenantPluginsPage } from './plugins/pages/TenantPluginsPage';
import { WorkspacePage } from './workspace/WorkspacePage';

export function App() {
  const route = useRoute();
  const [booted, setBooted] = useState(false);
  const [bootError, setBootError] = useState<string | null>(null);
  const [loginError, setLoginError] = useState<string | null>(null);
  const [me, setMe] = useState<Me | null>(null);

  const boot = useCallback(async () => {
    setBootError(null);
    try {
      await loadConfig();
    } catch (e) {
      setBootError(toProblem(e).detail);
      return;
    }
    try {
      if (getConfig().mode === 'keycloak') await completeKeycloakLogin();
      if (hasSession()) setMe(await api.me());
    } catch (e) {
      setLoginError(toProblem(e).detail);
    }
    setBooted(true);
  }, []);

  useEffect(() => {
    const off = onSessionLost(() => {
      setMe(null);
      setLoginError('Your session has ended. Please sign in again.');
      navigate('/login');
    });
    void boot();
    return () => {
      off();
    };
  }, [boot]);

  // Keep signed-out people off the console and signed-in people off the login form.
  useEffect(() => {
    if (!booted) return;
    const consolePages = ['org', 'accounts', 'workspace', 'plugins', 'knowledge', 'billing', 'tenants', 'plans', 'payment-providers'];
    if (!me && consolePages.includes(route.page)) navigate('/login');
    if (me && route.page === 'login') navigate('/org');
    // the platform admin serves no one and has no knowledge base
    if (me && !me.tenant && (route.page === 'workspace' || route.page === 'knowledge')) navigate('/org');
  }, [booted, me, route.page]);

  const onSignedIn = useCallback(async () => {
    setLoginError(null);
    setMe(await api.me());
    navigate('/org');
  }, []);

  async function handleSignOut() {
    await signOut(); // keycloak mode leaves the page here
    setMe(null);
    setLoginError(null);
    navigate('/login');
  }

  if (bootError) {
    return (
      <main className="auth-page">
        <h1>Frontdesk</h1>
        <ErrorBanner problem={bootError} />
        <button type="button" onClick={() => void boot()}>
          Try again
        </button>
      </main>
    );
  }
  if (!booted) return <p className="loading">Loading…</p>;

  switch (route.page) {
    case 'signup':
      return <SignupPage onSignedIn={onSignedIn} />;
    case 'invite':
      return <InvitePage key={route.token} token={route.token} onSignedIn={onSignedIn} />;
    case 'login':
      return <LoginPage onSignedIn={onSignedIn} initialError={loginError} />;
    case 'org':
      if (!me) return <p className="loading">Loading…</p>;
      return (
        <div className="console">
          <ConsoleHeader me={me} onSignOut={handleSignOut} />
          <OrgPage key={me.user.id} me={me} />
        </div>
      );
    case 'accounts':
      if (!me) return <p className="loading">Loading…</p>;
      return (
        <div className="console">
          <ConsoleHeader me={me} onSignOut={handleSignOut} />
          <AdminPages key={me.user.id} me={me} path={route.path} />
        </div>
      );
    case 'plugins':
    case 'knowledge':
      if (!me) return <p className="loading">Loading…</p>;
      return (
        <div className="console">
          <ConsoleHeader me={me} onSignOut={handleSignOut} />
          <PluginPages key={me.user.id} me={me} page={route.page} />
        </div>
      );
    case 'billing':
    case 'tenants':
    case 'plans':
    case 'payment-providers':
      if (!me) return <p className="loading">Loading…</p>;
      return (
        <div className="console">
          <ConsoleHeader me={me} onSignOut={handleSignOut} />
          <BillingPages key={me.user.id} me={me} page={route.page} />
        </div>
      );
    case 'workspace':
      if (!me?.tenant) return <p className="loading">Loading…</p>;
      return <WorkspacePage key={me.user.id} me={me} sessionId={route.sessionId} onSignOut={handleSignOut} />;
  }
}

/** #/plugins is the platform's list for the platform admin and the company's for tenant admins; #/knowledge is a company's. */
function PluginPages({ me, page }: { me: Me; page: 'plugins' | 'knowledge' }) {
  const access = pluginAccess(me);
  if (page === 'plugins' && access.platform) return <PlatformPluginsPage />;
  if (page === 'plugins' && access.tenant) return <TenantPluginsPage />;
  if (page === 'knowledge' && me.tenant) return <KnowledgePage canEdit={access.tenant} />;
  return (
    <main className="console-main">
      <section className="card">
        <h2>Plugins</h2>
        <p>This page is for company administrators. Ask an administrator if you need access.</p>
      </section>
    </main>
  );
}
