import { customerLabel, stateLabel } from './labels';
import type { CustomerProfile, SessionView } from './types';

function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}

/**
 * Who the customer is and how they came: identified or anonymous, entry point, scene and scene parameter,
 * first and last seen, and their earlier sessions (shown in the timeline on demand).
 */
export function CustomerPanel({
  session,
  profile,
  accountNames,
  loadedSessions,
  onShowSession,
}: {
  session: SessionView;
  /** null while loading or on servers without customer profiles. */
  profile: CustomerProfile | null;
  accountNames: Record<string, string>;
  loadedSessions: string[];
  onShowSession: (id: string) => void;
}) {
  const current = profile?.sessions.find((s) => s.id === session.id);
  const identified = profile ? profile.identified : !!session.customerExternalId;
  const previous = (profile?.sessions ?? [])
    .filter((s) => s.id !== session.id)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return (
    <aside className="customer-panel" aria-label="Customer" data-testid="customer-panel">
      <h3>{customerLabel(profile ? { ...session, customerName: profile.name ?? session.customerName } : session)}</h3>
      <dl>
        <dt>Customer</dt>
        <dd>
          <span className={`badge ${identified ? 'active' : 'invited'}`}>{identified ? 'Identified' : 'Anonymous visitor'}</span>
        </dd>
        {(profile?.externalId ?? session.customerExternalId) && (
          <>
            <dt>Your user id</dt>
            <dd>{profile?.externalId ?? session.customerExternalId}</dd>
          </>
        )}
        {current?.entryPointName && (
          <>
            <dt>Entry point</dt>
            <dd>{current.entryPointName}</dd>
          </>
        )}
        <dt>Scene</dt>
        <dd>{session.scene || '—'}</dd>
        <dt>Scene parameter</dt>
        <dd>{session.sceneParam || '—'}</dd>
        <dt>Account</dt>
        <dd>{current?.accountName ?? accountNames[session.accountId] ?? '—'}</dd>
        {profile && (
          <>
            <dt>First seen</dt>
            <dd>{when(profile.createdAt)}</dd>
            <dt>Last seen</dt>
            <dd>{when(profile.lastSeenAt)}</dd>
          </>
        )}
        <dt>This session</dt>
        <dd>
          {stateLabel(session.state)}, since {when(session.createdAt)}
        </dd>
      </dl>
      <h4>Previous sessions</h4>
      {profile ? (
        previous.length ? (
          <ul className="previous-sessions">
            {previous.map((s) => (
              <li key={s.id}>
                <span>
                  {when(s.createdAt)} · {s.accountName ?? accountNames[s.accountId] ?? 'account'} · {stateLabel(s.state)}
                </span>
                {loadedSessions.includes(s.id) ? (
                  <span className="muted">shown</span>
                ) : (
                  <button type="button" className="link" onClick={() => onShowSession(s.id)}>
                    Show
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None: this is their first session.</p>
        )
      ) : session.previousSessionId ? (
        <p>
          {loadedSessions.includes(session.previousSessionId) ? (
            <span className="muted">The previous session is shown in the timeline.</span>
          ) : (
            <button type="button" className="link" onClick={() => onShowSession(session.previousSessionId!)}>
              Show the previous session
            </button>
          )}
        </p>
      ) : (
        <p className="muted">None known.</p>
      )}
    </aside>
  );
}
