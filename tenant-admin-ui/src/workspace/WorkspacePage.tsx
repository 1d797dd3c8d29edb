import { ErrorBanner } from '../components/ErrorBanner';
import type { Me } from '../types';
import { unlockSound } from './attention';
import { ConversationView } from './ConversationView';
import { InboxPanel } from './InboxPanel';
import { useWorkspace } from './useWorkspace';
import { WorkspaceHeader } from './WorkspaceHeader';
import './workspace.css';

/** The agent workspace: header with the receiving switch, the live inbox, and the open conversation. */
export function WorkspacePage({ me, sessionId, onSignOut }: { me: Me; sessionId: string | null; onSignOut: () => void }) {
  const ws = useWorkspace(me, sessionId);
  return (
    // Browsers play sound only after a gesture: the first click anywhere in the workspace allows the chime.
    <div className={`workspace${sessionId ? ' has-conversation' : ''}`} onPointerDown={unlockSound}>
      <WorkspaceHeader
        me={me}
        status={ws.status}
        onStatus={ws.setStatus}
        connection={ws.connection}
        onSignOut={onSignOut}
      />
      <ErrorBanner problem={ws.problem} />
      <div className="ws-body">
        <InboxPanel ws={ws} accounts={ws.accounts} />
        {sessionId ? (
          <ConversationView key={sessionId} ws={ws} sessionId={sessionId} />
        ) : (
          <section className="conversation empty">
            <p className="muted">Choose a conversation from the inbox.</p>
          </section>
        )}
      </div>
    </div>
  );
}
