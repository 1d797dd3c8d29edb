/**
 * The workspace's live state: the inbox reducer fed by REST lists and the agent WebSocket, the agent's own
 * reception status, alerts, read marks for the open conversation, and which optional server features exist
 * (notes, canned replies, read receipts, customer profiles answer 404 on servers without them).
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ProblemError, toProblem } from '../problem';
import { navigate } from '../router';
import type { Me } from '../types';
import { AgentConnection, agentSocketUrl, type ConnectionStatus } from './agentSocket';
import { alertFor } from './alerts';
import { chime, notify } from './attention';
import {
  attentionUnread,
  emptyInbox,
  inboxReducer,
  partialSessionIds,
  readSeqToMark,
  resumePoints,
  type InboxFilter,
  type InboxState,
  type ListScope,
} from './inbox';
import type { AccountSummary, CannedReply, Frame, ServicerStatusView, SessionView } from './types';
import { workspaceApi, type SessionQuery } from './workspaceApi';

export interface Features {
  notes: boolean;
  canned: boolean;
  read: boolean;
  customers: boolean;
}

const LIST_LIMIT = 200;
const TYPING_EVERY_MS = 1500;

export function isNotFound(e: unknown): boolean {
  return e instanceof ProblemError && e.status === 404;
}

function useTabVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

export function useWorkspace(me: Me, routeSessionId: string | null) {
  const supervises = me.user.roles.includes('tenant-admin') || me.user.roles.includes('supervisor');
  const [state, dispatch] = useReducer(inboxReducer, emptyInbox, (s) =>
    inboxReducer(s, { type: 'ready', memberId: me.user.id, supervises }),
  );
  const stateRef = useRef<InboxState>(state);
  stateRef.current = state;
  const tabVisible = useTabVisible();
  const visibleRef = useRef(tabVisible);
  visibleRef.current = tabVisible;

  const [filter, setFilter] = useState<InboxFilter>({ tab: 'mine', accountId: '', state: 'open' });
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [status, setStatus] = useState<ServicerStatusView | null>(null);
  const [connection, setConnection] = useState<{ status: ConnectionStatus; detail?: string }>({ status: 'connecting' });
  const [problem, setProblem] = useState<string | null>(null);
  const [features, setFeatures] = useState<Features>({ notes: true, canned: true, read: true, customers: true });
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const connRef = useRef<AgentConnection | null>(null);

  const unsupported = useCallback((feature: keyof Features) => {
    setFeatures((f) => (f[feature] ? { ...f, [feature]: false } : f));
  }, []);

  // ---- lists ---------------------------------------------------------------------------------------------

  const loadList = useCallback(async (q: SessionQuery, scope?: ListScope) => {
    const views = await workspaceApi.sessions({ ...q, limit: LIST_LIMIT });
    // A full page may leave sessions out: only a complete answer proves the missing ones changed.
    dispatch({ type: 'sessions', views, scope: views.length < LIST_LIMIT ? scope : undefined });
  }, []);

  const reconcile = useCallback(async () => {
    try {
      await Promise.all([
        loadList({ state: 'human', mine: true }, { state: 'human', mine: true }),
        loadList({ state: 'queued' }, { state: 'queued' }),
        supervises ? loadList({}) : Promise.resolve(),
      ]);
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e).detail);
    }
  }, [loadList, supervises]);

  const reloadCanned = useCallback(async () => {
    try {
      setCanned(await workspaceApi.cannedReplies());
    } catch (e) {
      if (isNotFound(e)) unsupported('canned');
    }
  }, [unsupported]);

  useEffect(() => {
    void workspaceApi.accounts().then(setAccounts, () => setAccounts([]));
    void workspaceApi.myStatus().then(setStatus, (e) => setProblem(toProblem(e).detail));
    void reloadCanned();
  }, [reloadCanned]);

  // The "all" tab lists what the filter asks for (the initial list holds only the newest sessions).
  useEffect(() => {
    if (!supervises || filter.tab !== 'all') return;
    const state = filter.state === 'open' || filter.state === 'any' ? undefined : filter.state;
    loadList({ state, accountId: filter.accountId || undefined }).catch((e) => setProblem(toProblem(e).detail));
  }, [supervises, filter, loadList]);

  // ---- the live connection -------------------------------------------------------------------------------

  const queueTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onFrame = useCallback(
    (frame: Frame) => {
      switch (frame.type) {
        case 'ready': {
          const d = (frame.data ?? {}) as { memberId?: string; supervises?: boolean };
          if (d.memberId) dispatch({ type: 'ready', memberId: d.memberId, supervises: !!d.supervises });
          void reconcile(); // state changes while disconnected are not replayed: read the lists again
          return;
        }
        case 'servicer_status_change': {
          const d = frame.data as ServicerStatusView;
          if (d?.memberId === stateRef.current.memberId) setStatus(d);
          return;
        }
        case 'queue_changed':
          // Positions moved; one refresh for a burst of changes.
          if (queueTimer.current) clearTimeout(queueTimer.current);
          queueTimer.current = setTimeout(() => {
            loadList({ state: 'queued' }, { state: 'queued' }).catch(() => undefined);
          }, 500);
          return;
        case 'error': {
          const d = (frame.data ?? {}) as { detail?: string };
          if (d.detail) setConnection((c) => ({ ...c, detail: d.detail }));
          return;
        }
      }
      const alert = alertFor(stateRef.current, frame);
      const now = Date.now();
      dispatch({ type: 'frame', frame, now, tabVisible: visibleRef.current });
      if (alert) {
        const looking = visibleRef.current && stateRef.current.activeId === alert.sessionId;
        if (!looking) chime();
        if (!visibleRef.current) notify(alert.title, alert.body, alert.sessionId, () => navigate(`/workspace/${alert.sessionId}`));
      }
    },
    [reconcile, loadList],
  );

  const onFrameRef = useRef(onFrame);
  onFrameRef.current = onFrame;

  useEffect(() => {
    void reconcile(); // at once, not only when the socket is up (it may be blocked or slow)
  }, []);

  useEffect(() => {
    const conn = new AgentConnection({
      url: agentSocketUrl(),
      ticket: async () => (await workspaceApi.ticket()).ticket,
      resume: () => resumePoints(stateRef.current),
      onFrame: (f) => onFrameRef.current(f),
      onStatus: (status, detail) => setConnection({ status, detail }),
    });
    connRef.current = conn;
    conn.start();
    const online = () => conn.retryNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      conn.stop();
      connRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (tabVisible) connRef.current?.retryNow();
  }, [tabVisible]);

  // ---- sessions known only in part -----------------------------------------------------------------------

  const fetching = useRef(new Set<string>());
  const partial = partialSessionIds(state).join(',');
  useEffect(() => {
    const ids = partial ? partial.split(',') : [];
    if (routeSessionId && !stateRef.current.sessions[routeSessionId]) ids.push(routeSessionId);
    for (const id of ids) {
      if (fetching.current.has(id)) continue;
      fetching.current.add(id);
      workspaceApi
        .session(id)
        .then(
          (view) => dispatch({ type: 'session', view }),
          (e) => {
            if (isNotFound(e)) dispatch({ type: 'forget', sessionId: id });
          },
        )
        .finally(() => fetching.current.delete(id));
    }
  }, [partial, routeSessionId]);

  // ---- the open conversation -----------------------------------------------------------------------------

  useEffect(() => {
    dispatch({ type: 'open', sessionId: routeSessionId });
  }, [routeSessionId]);

  const loadingThread = useRef(new Set<string>());
  const loadThread = useCallback(async (sessionId: string) => {
    if (loadingThread.current.has(sessionId)) return;
    loadingThread.current.add(sessionId);
    dispatch({ type: 'threadStarted', sessionId });
    try {
      const messages = await workspaceApi.messages(sessionId);
      dispatch({ type: 'thread', sessionId, messages });
    } finally {
      loadingThread.current.delete(sessionId);
    }
  }, []);

  // Mark what the agent sees as read: the open conversation, in a visible tab, once its messages are shown.
  // A supervisor looking into a colleague's session clears only their own badge: the read mark on the server
  // is the serving agent's.
  const activeId = state.activeId;
  const seqToMark = activeId && tabVisible ? readSeqToMark(state, activeId) : null;
  const servicerId = activeId ? state.sessions[activeId]?.view.servicerId : null;
  const marksForStaff = !servicerId || servicerId === state.memberId;
  useEffect(() => {
    if (!activeId || seqToMark === null) return;
    const timer = setTimeout(() => {
      dispatch({ type: 'markedRead', sessionId: activeId, seq: seqToMark });
      if (!features.read || !marksForStaff) return;
      workspaceApi.markRead(activeId, seqToMark).then(
        (view) => dispatch({ type: 'session', view }),
        (e) => {
          if (isNotFound(e)) unsupported('read');
        },
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [activeId, seqToMark, features.read, marksForStaff, unsupported]);

  const lastTyping = useRef(0);
  const sendTyping = useCallback((sessionId: string) => {
    const now = Date.now();
    if (now - lastTyping.current < TYPING_EVERY_MS) return;
    if (connRef.current?.send({ type: 'typing', sessionId })) lastTyping.current = now;
  }, []);

  const applySession = useCallback((view: SessionView) => dispatch({ type: 'session', view }), []);

  const unread = attentionUnread(state);
  useEffect(() => {
    const base = 'Frontdesk workspace';
    document.title = unread ? `(${unread}) ${base}` : base;
    return () => {
      document.title = 'Frontdesk';
    };
  }, [unread]);

  const accountNames = useMemo(() => Object.fromEntries(accounts.map((a) => [a.id, a.name])), [accounts]);

  return {
    state,
    dispatch,
    supervises,
    filter,
    setFilter,
    accounts,
    accountNames,
    status,
    setStatus,
    connection,
    problem,
    features,
    unsupported,
    canned,
    reloadCanned,
    loadThread,
    sendTyping,
    applySession,
    tabVisible,
  };
}

export type Workspace = ReturnType<typeof useWorkspace>;
