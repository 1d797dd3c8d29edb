import { useState } from 'react';
import type { Me } from '../types';
import type { ConnectionStatus } from './agentSocket';
import { badgeText } from './leftMessages';
import { askNotificationPermission, notificationPermission, unlockSound } from './attention';
import { StatusSwitch } from './StatusSwitch';
import type { ServicerStatusView } from './types';

const CONNECTION_TEXT: Record<ConnectionStatus, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  offline: 'Offline',
};

export function WorkspaceHeader({
  me,
  status,
  onStatus,
  connection,
  onSignOut,
  leftCount,
  showingLeft,
  onToggleLeft,
}: {
  me: Me;
  status: ServicerStatusView | null;
  onStatus: (s: ServicerStatusView) => void;
  connection: { status: ConnectionStatus; detail?: string };
  onSignOut: () => void;
  /** Messages visitors left (no new conversation could start) that nobody handled yet. */
  leftCount: number;
  showingLeft: boolean;
  onToggleLeft: () => void;
}) {
  const [permission, setPermission] = useState(notificationPermission);
  return (
    <header className="console-header ws-header">
      <div className="brand">
        <span className="product">Frontdesk · Workspace</span>
        <h1 data-testid="company-name">{me.tenant?.name}</h1>
      </div>
      <nav className="ws-nav" aria-label="Console">
        <a href="#/org">Organization</a>
        <button
          type="button"
          className="nav-button"
          aria-pressed={showingLeft}
          data-testid="left-messages-toggle"
          onClick={onToggleLeft}
          aria-label={leftCount ? `Messages left (${leftCount} waiting)` : 'Messages left'}
        >
          Messages left
          {leftCount > 0 && (
            <span className="count-badge" data-testid="left-messages-count" aria-hidden="true">
              {badgeText(leftCount)}
            </span>
          )}
        </button>
      </nav>
      <StatusSwitch status={status} onChange={onStatus} />
      <span
        className={`connection ${connection.status}`}
        data-testid="connection"
        title={connection.detail}
        role="status"
      >
        {CONNECTION_TEXT[connection.status]}
      </span>
      {permission === 'default' && (
        <button
          type="button"
          className="secondary small"
          title="Show a notification for new sessions and messages while this tab is in the background"
          onClick={() => {
            unlockSound();
            void askNotificationPermission().then(setPermission);
          }}
        >
          Enable notifications
        </button>
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
