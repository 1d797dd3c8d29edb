import type { Me } from '../types';

export function ConsoleHeader({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  return (
    <header className="console-header">
      <div className="brand">
        <span className="product">Frontdesk</span>
        <h1 data-testid="company-name">{me.tenant ? me.tenant.name : 'Platform administration'}</h1>
      </div>
      {me.tenant && (
        <nav className="console-nav" aria-label="Console">
          <a href="#/workspace" data-testid="open-workspace">
            Workspace
          </a>
        </nav>
      )}
      <div className="who">
        <span data-testid="user-name">{me.user.name || me.user.email}</span>
        <button type="button" className="secondary" data-testid="sign-out" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
