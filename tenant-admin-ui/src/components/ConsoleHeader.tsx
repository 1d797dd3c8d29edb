import { UsageBanner } from '../billing/components/UsageBanner';
import { consoleLinks } from '../nav';
import { useKnowledgeBase } from '../plugins/useKnowledgeBase';
import { useRoute } from '../router';
import type { Me } from '../types';

/** The console's header with the navigation for the person's role, and the usage banner below it for tenant admins. */
export function ConsoleHeader({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const route = useRoute();
  const links = consoleLinks(me, route.page, useKnowledgeBase(me));
  return (
    <>
      <header className="console-header">
        <div className="brand">
          <span className="product">Frontdesk</span>
          <h1 data-testid="company-name">{me.tenant ? me.tenant.name : 'Platform administration'}</h1>
        </div>
        {links.length > 1 && (
          <nav className="console-nav" aria-label="Console">
            {links.map((l) => (
              <a key={l.href} href={l.href} aria-current={l.current ? 'page' : undefined} data-testid={l.testId}>
                {l.label}
              </a>
            ))}
          </nav>
        )}
        <div className="who">
          <span data-testid="user-name">{me.user.name || me.user.email}</span>
          <button type="button" className="secondary" data-testid="sign-out" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <UsageBanner me={me} page={route.page} at={location.hash} />
    </>
  );
}
