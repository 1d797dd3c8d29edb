import { useEffect, useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import type { Me } from '../types';
import { unlockSound } from './attention';
import { ConversationView } from './ConversationView';
import { InboxPanel } from './InboxPanel';
import { LeftMessagesPanel } from './LeftMessagesPanel';
import { useLeftMessages } from './useLeftMessages';
import { useWorkspace } from './useWorkspace';
import { WorkspaceHeader } from './WorkspaceHeader';
import './workspace.css';

/** The agent workspace: header with the receiving switch, the live inbox, and the open conversation. */
export function WorkspacePage({ me, sessionId, onSignOut }: { me: Me; sessionId: string | null; onSignOut: () => void }) {
  const ws = useWorkspace(me, sessionId);
  const left = useLeftMessages();
  const [showLeft, setShowLeft] = useState(false);
  useEffect(() => setShowLeft(false), [sessionId]); // opening a conversation from the inbox shows it
  return (
    // Browsers play sound only after a gesture: the first click anywhere in the workspace allows the chime.
    <div className={`workspace${sessionId ? ' has-conversation' : ''}`} onPointerDown={unlockSound}>
      <WorkspaceHeader
        me={me}
        status={ws.status}
        onStatus={ws.setStatus}
        connection={ws.connection}
        onSignOut={onSignOut}
        leftCount={left.messages?.length ?? 0}
        showingLeft={showLeft}
        onToggleLeft={() => setShowLeft((s) => !s)}
      />
      <ErrorBanner problem={ws.problem} />
      <div className="ws-body">
        <InboxPanel ws={ws} accounts={ws.accounts} />
        {showLeft ? (
          <LeftMessagesPanel messages={left.messages} onChanged={left.reload} />
        ) : sessionId ? (
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
