import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { toProblem } from '../problem';
import { navigate } from '../router';
import { CannedReplyManager } from './CannedReplyManager';
import { Composer, type Upload } from './Composer';
import { CustomerPanel } from './CustomerPanel';
import { customerLabel, stateLabel } from './labels';
import { buildTimeline } from './timeline';
import { Timeline } from './Timeline';
import { TransferForm } from './TransferForm';
import type { CustomerProfile, MessageType, MessageView, PendingMessage, SessionView } from './types';
import { uploadAttachment } from './upload';
import { kindFor, uploadProblem } from './uploadChecks';
import { useNow } from './useNow';
import { isNotFound, type Workspace } from './useWorkspace';
import { newClientMsgId, workspaceApi } from './workspaceApi';

const TYPING_SHOWN_MS = 5000;

/** One customer's conversation: history across their sessions, profile, composer and the session's actions. */
export function ConversationView({ ws, sessionId }: { ws: Workspace; sessionId: string }) {
  const { state, dispatch, features, unsupported } = ws;
  const entry = state.sessions[sessionId];
  const view = entry?.view;
  const thread = state.threads[sessionId];
  const now = useNow(1000);
  const [problem, setProblem] = useState<string | null>(null);
  const [profile, setProfile] = useState<CustomerProfile | null>(null);
  const [earlier, setEarlier] = useState<Record<string, SessionView>>({});
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [panel, setPanel] = useState<'none' | 'transfer' | 'canned' | 'confirm-close'>('none');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const { loadThread } = ws;
  useEffect(() => {
    // Every time the conversation opens: download links in messages expire, the API signs them afresh.
    loadThread(sessionId).catch((e) => setProblem(toProblem(e).detail));
  }, [sessionId, loadThread]);

  const loadNotes = useCallback(
    (id: string) => {
      if (!features.notes) return;
      workspaceApi.notes(id).then(
        (notes) => dispatch({ type: 'notes', sessionId: id, notes }),
        (e) => {
          if (isNotFound(e)) unsupported('notes'); // the session is visible, so the route is what is missing
        },
      );
    },
    [features.notes, dispatch, unsupported],
  );
  useEffect(() => loadNotes(sessionId), [sessionId, loadNotes]);

  const customerId = view?.customerId;
  useEffect(() => {
    setProfile(null);
    if (!customerId || !features.customers) return;
    workspaceApi.customer(customerId).then(setProfile, (e) => {
      if (isNotFound(e)) unsupported('customers');
    });
  }, [customerId, features.customers, unsupported]);

  // ---- history across sessions -------------------------------------------------------------------------

  const loadedEarlier = Object.keys(earlier);
  const nextEarlier = useMemo(() => {
    if (!view) return null;
    if (profile) {
      const older = profile.sessions
        .filter((s) => s.id !== view.id && !earlier[s.id] && Date.parse(s.createdAt) < Date.parse(view.createdAt))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      return older[0]?.id ?? null;
    }
    // Without profiles, follow the chain of previous sessions.
    const oldest = Object.values(earlier).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))[0] ?? view;
    return oldest.previousSessionId && !earlier[oldest.previousSessionId] ? oldest.previousSessionId : null;
  }, [view, profile, earlier]);

  async function showSession(id: string) {
    try {
      const v = profile?.sessions.find((s) => s.id === id) ?? (await workspaceApi.session(id));
      await ws.loadThread(id);
      loadNotes(id);
      setEarlier((e) => ({ ...e, [id]: v }));
    } catch (e) {
      setProblem(isNotFound(e) ? 'That session is with an account you do not serve.' : toProblem(e).detail);
    }
  }

  const parts = useMemo(() => {
    if (!view) return [];
    const ids = [view.id, ...Object.keys(earlier)];
    return ids.map((id) => ({
      sessionId: id,
      createdAt: id === view.id ? view.createdAt : earlier[id].createdAt,
      messages: state.threads[id] ?? [],
      notes: state.notes[id] ?? [],
    }));
  }, [view, earlier, state.threads, state.notes]);
  const items = useMemo(() => buildTimeline(parts, sessionId, state.pending[sessionId] ?? []), [parts, sessionId, state.pending]);

  // ---- sending -------------------------------------------------------------------------------------------

  const send = useCallback(
    async (type: MessageType, content: unknown, clientMsgId = newClientMsgId(), display: unknown = content) => {
      const pending: PendingMessage = { clientMsgId, sessionId, type, content: display, createdAt: new Date().toISOString() };
      dispatch({ type: 'pendingDropped', sessionId, clientMsgId });
      dispatch({ type: 'pending', message: pending });
      try {
        const message = await workspaceApi.send(sessionId, { clientMsgId, type, content });
        dispatch({ type: 'sent', message, now: Date.now() });
      } catch (e) {
        dispatch({ type: 'pendingFailed', sessionId, clientMsgId, error: toProblem(e).detail });
      }
    },
    [dispatch, sessionId],
  );

  function retry(p: PendingMessage) {
    // A media reply's content shown while pending is its upload; send the same attachment again.
    const c = p.content as { attachmentId?: string };
    void send(p.type, p.type === 'text' ? p.content : { attachmentId: c.attachmentId }, p.clientMsgId, p.content);
  }

  async function addNote(text: string): Promise<boolean> {
    try {
      const note = await workspaceApi.addNote(sessionId, text);
      dispatch({ type: 'notes', sessionId, notes: [note] });
      return true;
    } catch (e) {
      if (isNotFound(e)) unsupported('notes');
      setProblem(toProblem(e).detail);
      return false;
    }
  }

  function attach(files: File[]) {
    if (replyBlocked) {
      setProblem(replyBlocked);
      return;
    }
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
      const kind = kindFor(file);
      const refused = uploadProblem(file, kind);
      if (refused) {
        setUploads((u) => [...u, { key, name: file.name, progress: 0, error: refused }]);
        continue;
      }
      const update = (patch: Partial<Upload>) => setUploads((u) => u.map((x) => (x.key === key ? { ...x, ...patch } : x)));
      const handle = uploadAttachment(file, kind, (progress) => update({ progress }));
      setUploads((u) => [...u, { key, name: file.name, progress: 0, abort: handle.abort }]);
      handle.done.then(
        (attachment) => {
          setUploads((u) => u.filter((x) => x.key !== key));
          void send(kind, { attachmentId: attachment.id }, newClientMsgId(), {
            attachmentId: attachment.id,
            name: attachment.name,
            size: attachment.size,
            url: attachment.url,
          });
        },
        (e) => update({ error: toProblem(e).detail }),
      );
    }
  }

  async function recall(m: MessageView) {
    try {
      const updated = await workspaceApi.recall(sessionId, m.id);
      dispatch({
        type: 'frame',
        frame: { type: 'recall', sessionId, data: { sessionId, messageId: m.id, seq: m.seq, recalledAt: updated.recalledAt } },
        now: Date.now(),
        tabVisible: true,
      });
    } catch (e) {
      setProblem(toProblem(e).detail);
    }
  }

  async function act(f: () => Promise<SessionView>) {
    setBusy(true);
    setProblem(null);
    try {
      ws.applySession(await f());
      setPanel('none');
    } catch (e) {
      setProblem(toProblem(e).detail);
    } finally {
      setBusy(false);
    }
  }

  if (!view) {
    return (
      <section className="conversation empty">
        <p className="muted">Loading the conversation…</p>
      </section>
    );
  }

  const me = state.memberId;
  const own = view.state === 'human' && view.servicerId === me;
  const open = view.state !== 'closed';
  const replyBlocked = !open
    ? 'This session is closed; the customer starts a new one when they write again.'
    : own || ws.supervises
      ? null
      : view.state === 'queued' || view.state === 'new'
        ? 'Claim this session to reply.'
        : 'This session is with a colleague.';
  const typing = entry.customerTypingAt !== undefined && now - entry.customerTypingAt < TYPING_SHOWN_MS;

  function dividerLabel(id: string, current: boolean, at: string): string {
    const started = new Date(at).toLocaleString();
    if (current) return `This session · started ${started}${purgedNote(view)}`;
    const v = earlier[id];
    return `Earlier session · ${started}${v ? ` · ${stateLabel(v.state)}${purgedNote(v)}` : ''}`;
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) attach(files);
  }

  return (
    <section
      className={`conversation${dragging ? ' dragging' : ''}`}
      aria-label="Conversation"
      data-testid="conversation"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="conversation-main">
        <div className="conversation-head">
          <button type="button" className="secondary back" onClick={() => navigate('/workspace')} aria-label="Back to the inbox">
            ←
          </button>
          <div className="who">
            <h2 data-testid="conversation-title">{customerLabel(view)}</h2>
            <span className={`state-badge ${view.state}`} data-testid="session-state">
              {stateLabel(view.state)}
            </span>
            {view.queuePosition != null && <span className="muted">#{view.queuePosition} in queue</span>}
          </div>
          <div className="actions">
            {(view.state === 'queued' || view.state === 'new') && (
              <button type="button" disabled={busy} data-testid="claim" onClick={() => void act(() => workspaceApi.claim(sessionId))}>
                Claim
              </button>
            )}
            {open && (own || ws.supervises) && (
              <button type="button" className="secondary" disabled={busy} onClick={() => setPanel(panel === 'transfer' ? 'none' : 'transfer')}>
                Transfer
              </button>
            )}
            {open &&
              (own || ws.supervises) &&
              (panel === 'confirm-close' ? (
                <>
                  <button type="button" className="danger" data-testid="confirm-close" disabled={busy} onClick={() => void act(() => workspaceApi.close(sessionId))}>
                    Yes, close
                  </button>
                  <button type="button" className="secondary" onClick={() => setPanel('none')}>
                    Keep open
                  </button>
                </>
              ) : (
                <button type="button" className="danger" data-testid="close-session" disabled={busy} onClick={() => setPanel('confirm-close')}>
                  Close
                </button>
              ))}
          </div>
        </div>
        {panel === 'transfer' && (
          <TransferForm
            session={view}
            memberId={me}
            onCancel={() => setPanel('none')}
            onDone={(v) => {
              ws.applySession(v);
              setPanel('none');
            }}
          />
        )}
        <ErrorBanner problem={problem} />
        {nextEarlier && (
          <button type="button" className="link earlier" data-testid="load-earlier" onClick={() => void showSession(nextEarlier)}>
            Load the earlier session
          </button>
        )}
        {view.messagesPurgedAt && (
          <p className="info" role="note" data-testid="messages-purged">
            The messages of this session were deleted on {new Date(view.messagesPurgedAt).toLocaleDateString()}: your
            plan keeps messages for a limited time after a session closes.
          </p>
        )}
        {!thread ? (
          <p className="muted timeline">Loading messages…</p>
        ) : (
          <Timeline
            items={items}
            memberId={me}
            customerReadSeq={view.customerReadSeq}
            now={now}
            typing={typing}
            dividerLabel={dividerLabel}
            onRecall={(m) => void recall(m)}
            onRetry={retry}
            onDiscard={(p) => dispatch({ type: 'pendingDropped', sessionId, clientMsgId: p.clientMsgId })}
          />
        )}
        <Composer
          key={sessionId}
          replyBlocked={replyBlocked}
          notesEnabled={features.notes}
          canned={features.canned ? ws.canned : null}
          uploads={uploads}
          onSend={(text) => void send('text', { text })}
          onNote={addNote}
          onTyping={() => ws.sendTyping(sessionId)}
          onFiles={attach}
          onDismissUpload={(key) => setUploads((u) => u.filter((x) => x.key !== key))}
          onManageCanned={() => setPanel('canned')}
        />
        {dragging && <div className="drop-hint">Drop files to send them</div>}
      </div>
      <CustomerPanel
        session={view}
        profile={profile}
        accountNames={ws.accountNames}
        loadedSessions={loadedEarlier}
        onShowSession={(id) => void showSession(id)}
      />
      {panel === 'canned' && (
        <CannedReplyManager
          replies={ws.canned}
          memberId={me}
          mayEditTenant={ws.supervises}
          onChanged={ws.reloadCanned}
          onClose={() => setPanel('none')}
        />
      )}
    </section>
  );
}

/** Said next to a session whose messages the plan's retention deleted. */
function purgedNote(v: SessionView): string {
  return v.messagesPurgedAt ? ` · messages deleted ${new Date(v.messagesPurgedAt).toLocaleDateString()}` : '';
}
