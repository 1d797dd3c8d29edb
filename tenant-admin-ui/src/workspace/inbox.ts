/**
 * The inbox as a pure reducer: REST answers and live frames in, sessions with unread counts, loaded threads,
 * notes and unconfirmed replies out. Frames can repeat (a resume replays what REST already returned), so
 * messages are de-duplicated by sequence number, and only a sequence number above the session's last one
 * counts as news (unread, preview, activity).
 */
import {
  STATE_CODES,
  STATE_NAMES,
  type Frame,
  type MessageView,
  type Note,
  type PendingMessage,
  type SessionChange,
  type SessionState,
  type SessionView,
} from './types';

export interface Preview {
  text: string;
  at: string;
  fromCustomer: boolean;
}

export interface SessionEntry {
  view: SessionView;
  /** Known only from frames, or changed in ways a frame does not fully describe: fetch the session. */
  partial: boolean;
  unread: number;
  preview?: Preview;
  /** When the customer last typed (ms since epoch). */
  customerTypingAt?: number;
}

export interface InboxState {
  memberId: string | null;
  supervises: boolean;
  sessions: Record<string, SessionEntry>;
  /** Messages of the sessions whose history was loaded, in sequence order. */
  threads: Record<string, MessageView[]>;
  notes: Record<string, Note[]>;
  pending: Record<string, PendingMessage[]>;
  activeId: string | null;
}

export const emptyInbox: InboxState = {
  memberId: null,
  supervises: false,
  sessions: {},
  threads: {},
  notes: {},
  pending: {},
  activeId: null,
};

/** Which REST list an answer is: sessions in this scope missing from it have changed meanwhile. */
export interface ListScope {
  state?: SessionState;
  mine?: boolean;
  accountId?: string;
}

export type InboxAction =
  | { type: 'ready'; memberId: string; supervises: boolean }
  | { type: 'sessions'; views: SessionView[]; scope?: ListScope }
  | { type: 'session'; view: SessionView }
  | { type: 'frame'; frame: Frame; now: number; tabVisible: boolean }
  /** Loading a session's history begins: from now on live messages are kept, so none falls between. */
  | { type: 'threadStarted'; sessionId: string }
  | { type: 'thread'; sessionId: string; messages: MessageView[] }
  | { type: 'notes'; sessionId: string; notes: Note[] }
  | { type: 'open'; sessionId: string | null }
  | { type: 'pending'; message: PendingMessage }
  | { type: 'pendingFailed'; sessionId: string; clientMsgId: string; error: string }
  | { type: 'pendingDropped'; sessionId: string; clientMsgId: string }
  | { type: 'sent'; message: MessageView; now: number }
  | { type: 'markedRead'; sessionId: string; seq: number }
  /** The session is no longer visible to this member (transferred elsewhere): drop it from the inbox. */
  | { type: 'forget'; sessionId: string };

export function inboxReducer(state: InboxState, action: InboxAction): InboxState {
  switch (action.type) {
    case 'ready':
      return { ...state, memberId: action.memberId, supervises: action.supervises };
    case 'sessions':
      return upsertList(state, action.views, action.scope);
    case 'session':
      return upsertList(state, [action.view]);
    case 'frame':
      return applyFrame(state, action.frame, action.now, action.tabVisible);
    case 'threadStarted':
      if (state.threads[action.sessionId]) return state;
      return { ...state, threads: { ...state.threads, [action.sessionId]: [] } };
    case 'thread':
      return loadThread(state, action.sessionId, action.messages);
    case 'notes': {
      const merged = mergeNotes(state.notes[action.sessionId] ?? [], action.notes);
      return { ...state, notes: { ...state.notes, [action.sessionId]: merged } };
    }
    case 'open':
      return { ...state, activeId: action.sessionId };
    case 'pending': {
      const list = state.pending[action.message.sessionId] ?? [];
      return { ...state, pending: { ...state.pending, [action.message.sessionId]: [...list, action.message] } };
    }
    case 'pendingFailed':
      return mapPending(state, action.sessionId, (p) =>
        p.clientMsgId === action.clientMsgId ? { ...p, error: action.error } : p,
      );
    case 'pendingDropped':
      return dropPending(state, action.sessionId, action.clientMsgId);
    case 'sent':
      return addMessage(state, action.message, action.now, true);
    case 'markedRead':
      return markRead(state, action.sessionId, action.seq);
    case 'forget': {
      if (!state.sessions[action.sessionId]) return state;
      const sessions = { ...state.sessions };
      delete sessions[action.sessionId];
      return { ...state, sessions };
    }
  }
}

// ---- sessions --------------------------------------------------------------------------------------------

/** A later answer wins for what it describes, but never moves counters or times backwards. */
function mergeView(old: SessionView, fresh: SessionView): SessionView {
  return {
    ...fresh,
    lastSeq: Math.max(old.lastSeq, fresh.lastSeq),
    lastActivityAt: later(old.lastActivityAt, fresh.lastActivityAt),
    customerReadSeq: maxDefined(old.customerReadSeq, fresh.customerReadSeq),
    staffReadSeq: maxDefined(old.staffReadSeq, fresh.staffReadSeq),
  };
}

function upsertList(state: InboxState, views: SessionView[], scope?: ListScope): InboxState {
  const sessions = { ...state.sessions };
  const seen = new Set<string>();
  for (const view of views) {
    seen.add(view.id);
    const old = sessions[view.id];
    if (!old) {
      sessions[view.id] = { view, partial: false, unread: view.unreadForStaff ?? 0 };
      continue;
    }
    const merged = mergeView(old.view, view);
    let unread = old.unread;
    if (view.unreadForStaff !== undefined) {
      // The server counted up to its lastSeq; messages we heard of after that are counted here already.
      unread = view.lastSeq >= old.view.lastSeq ? view.unreadForStaff : Math.max(old.unread, view.unreadForStaff);
    }
    sessions[view.id] = { ...old, view: merged, partial: false, unread };
  }
  if (scope) {
    for (const [id, entry] of Object.entries(sessions)) {
      if (!seen.has(id) && inScope(entry.view, scope, state.memberId)) sessions[id] = { ...entry, partial: true };
    }
  }
  return { ...state, sessions };
}

function inScope(view: SessionView, scope: ListScope, memberId: string | null): boolean {
  if (scope.state && view.state !== scope.state) return false;
  if (scope.mine && view.servicerId !== memberId) return false;
  if (scope.accountId && view.accountId !== scope.accountId) return false;
  return true;
}

/** A session heard of only from a frame: what the frame says, the rest to be fetched. */
export function stubView(id: string, known: Partial<SessionView>, nowIso: string): SessionView {
  return {
    id,
    accountId: '',
    customerId: '',
    customerName: null,
    customerExternalId: null,
    state: 'new',
    stateCode: 0,
    servicerId: null,
    entryPointId: null,
    scene: null,
    sceneParam: null,
    previousSessionId: null,
    lastSeq: 0,
    queuePosition: null,
    createdAt: nowIso,
    lastActivityAt: nowIso,
    lastCustomerMessageAt: null,
    closedAt: null,
    ...known,
  };
}

function withSession(
  state: InboxState,
  id: string,
  nowIso: string,
  known: Partial<SessionView>,
  change: (e: SessionEntry) => SessionEntry,
): InboxState {
  const existing = state.sessions[id] ?? { view: stubView(id, known, nowIso), partial: true, unread: 0 };
  return { ...state, sessions: { ...state.sessions, [id]: change(existing) } };
}

// ---- frames ----------------------------------------------------------------------------------------------

function applyFrame(state: InboxState, frame: Frame, now: number, tabVisible: boolean): InboxState {
  const data = (frame.data ?? {}) as Record<string, unknown>;
  const nowIso = new Date(now).toISOString();
  switch (frame.type) {
    case 'message': {
      const m = frame.data as MessageView;
      if (!m || typeof m.seq !== 'number') return state;
      const message = { ...m, sessionId: m.sessionId ?? frame.sessionId ?? '' };
      return addMessage(state, message, now, tabVisible);
    }
    case 'recall':
      return recall(state, String(data.sessionId ?? frame.sessionId), String(data.messageId), data);
    case 'session_status_change':
      return statusChange(state, data as unknown as SessionChange, nowIso);
    case 'enter_session': {
      const id = String(data.sessionId ?? frame.sessionId ?? '');
      if (!id || state.sessions[id]) return state;
      return withSession(
        state,
        id,
        nowIso,
        {
          accountId: String(data.accountId ?? ''),
          customerId: String(data.customerId ?? ''),
          entryPointId: (data.entryPointId as string) ?? null,
          scene: (data.scene as string) ?? null,
          sceneParam: (data.sceneParam as string) ?? null,
        },
        (e) => e,
      );
    }
    case 'typing': {
      const id = String(data.sessionId ?? frame.sessionId ?? '');
      const entry = state.sessions[id];
      if (!entry || data.from !== 'customer') return state;
      return { ...state, sessions: { ...state.sessions, [id]: { ...entry, customerTypingAt: now } } };
    }
    case 'read': {
      const id = String(data.sessionId ?? frame.sessionId ?? '');
      const seq = Number(data.seq);
      if (!state.sessions[id] || !Number.isFinite(seq)) return state;
      if (data.reader === 'staff') return markRead(state, id, seq);
      if (data.reader !== 'customer') return state;
      const entry = state.sessions[id];
      const view = { ...entry.view, customerReadSeq: Math.max(entry.view.customerReadSeq ?? 0, seq) };
      return { ...state, sessions: { ...state.sessions, [id]: { ...entry, view } } };
    }
    case 'note': {
      const note = frame.data as Note;
      if (!note?.id || !note.sessionId) return state;
      const merged = mergeNotes(state.notes[note.sessionId] ?? [], [note]);
      return { ...state, notes: { ...state.notes, [note.sessionId]: merged } };
    }
    case 'msg_send_fail': {
      const id = String(data.sessionId ?? frame.sessionId ?? '');
      const clientMsgId = data.clientMsgId as string | undefined;
      if (!clientMsgId) return state;
      return mapPending(state, id, (p) =>
        p.clientMsgId === clientMsgId ? { ...p, error: String(data.reason ?? 'not sent') } : p,
      );
    }
    default:
      return state;
  }
}

function statusChange(state: InboxState, c: SessionChange, nowIso: string): InboxState {
  if (!c?.sessionId) return state;
  const code = Number(c.toState);
  const name = STATE_NAMES[code] ?? 'new';
  const known: Partial<SessionView> = {
    accountId: c.accountId,
    customerId: c.customerId,
    state: name,
    stateCode: STATE_CODES[name],
    servicerId: c.toServicerId ?? null,
    previousSessionId: c.previousSessionId ?? null,
  };
  const wasQueued = state.sessions[c.sessionId]?.view.state === 'queued';
  return withSession(state, c.sessionId, nowIso, known, (e) => ({
    ...e,
    // The frame does not carry queue position or queue time: fetch the session again.
    partial: true,
    view: {
      ...e.view,
      ...known,
      previousSessionId: c.previousSessionId ?? e.view.previousSessionId,
      queuedAt: name === 'queued' && !wasQueued ? nowIso : e.view.queuedAt,
      queuePosition: name === 'queued' ? e.view.queuePosition : null,
      closedAt: name === 'closed' ? (e.view.closedAt ?? nowIso) : null,
      lastActivityAt: later(e.view.lastActivityAt, nowIso),
    },
  }));
}

// ---- messages --------------------------------------------------------------------------------------------

/** Adds a message (live, replayed or the answer to a send); news only if its seq is above the last known. */
function addMessage(state: InboxState, m: MessageView, now: number, tabVisible: boolean): InboxState {
  const id = m.sessionId;
  let next = state;
  const thread = state.threads[id];
  if (thread && !thread.some((x) => x.seq === m.seq)) {
    next = { ...next, threads: { ...next.threads, [id]: insertBySeq(thread, m) } };
  }
  if (m.clientMsgId) next = dropPending(next, id, m.clientMsgId);
  const fromCustomer = m.sender?.type === 'customer';
  next = withSession(
    next,
    id,
    new Date(now).toISOString(),
    { customerId: m.customerId, lastSeq: 0 },
    (e) => {
      if (m.seq <= e.view.lastSeq) return e;
      const seen = tabVisible && state.activeId === id;
      return {
        ...e,
        unread: fromCustomer && !seen ? e.unread + 1 : e.unread,
        preview: { text: previewText(m), at: m.createdAt, fromCustomer },
        customerTypingAt: fromCustomer ? undefined : e.customerTypingAt,
        view: {
          ...e.view,
          lastSeq: m.seq,
          lastActivityAt: later(e.view.lastActivityAt, m.createdAt),
          lastCustomerMessageAt: fromCustomer ? m.createdAt : e.view.lastCustomerMessageAt,
        },
      };
    },
  );
  return next;
}

/** History read from the API: it replaces what is held for the same seq (fresh download links, recalls). */
function loadThread(state: InboxState, sessionId: string, messages: MessageView[]): InboxState {
  const bySeq = new Map((state.threads[sessionId] ?? []).map((m) => [m.seq, m]));
  for (const m of messages) bySeq.set(m.seq, m);
  const thread = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  let next: InboxState = { ...state, threads: { ...state.threads, [sessionId]: thread } };
  for (const m of messages) if (m.clientMsgId) next = dropPending(next, sessionId, m.clientMsgId);
  const entry = next.sessions[sessionId];
  const last = thread[thread.length - 1];
  if (entry && last && !entry.preview) {
    next = {
      ...next,
      sessions: {
        ...next.sessions,
        [sessionId]: { ...entry, preview: { text: previewText(last), at: last.createdAt, fromCustomer: last.sender.type === 'customer' } },
      },
    };
  }
  return next;
}

function insertBySeq(thread: MessageView[], m: MessageView): MessageView[] {
  const out = [...thread];
  let i = out.length;
  while (i > 0 && out[i - 1].seq > m.seq) i--;
  out.splice(i, 0, m);
  return out;
}

function recall(state: InboxState, sessionId: string, messageId: string, data: Record<string, unknown>): InboxState {
  const thread = state.threads[sessionId];
  let next = state;
  const recalledAt = (data.recalledAt as string) ?? new Date().toISOString();
  if (thread) {
    next = {
      ...next,
      threads: {
        ...next.threads,
        [sessionId]: thread.map((m) => (m.id === messageId ? { ...m, content: null, recalledAt } : m)),
      },
    };
  }
  const entry = next.sessions[sessionId];
  if (entry?.preview && Number(data.seq) === entry.view.lastSeq) {
    next = {
      ...next,
      sessions: { ...next.sessions, [sessionId]: { ...entry, preview: { ...entry.preview, text: 'Message recalled' } } },
    };
  }
  return next;
}

/** Staff have read up to seq: what is left unread is the customer's messages after it. */
function markRead(state: InboxState, sessionId: string, seq: number): InboxState {
  const entry = state.sessions[sessionId];
  if (!entry) return state;
  const staffReadSeq = Math.max(entry.view.staffReadSeq ?? 0, seq);
  const thread = state.threads[sessionId];
  const unread = thread
    ? thread.filter((m) => m.seq > staffReadSeq && m.sender.type === 'customer').length
    : staffReadSeq >= entry.view.lastSeq
      ? 0
      : Math.min(entry.unread, entry.view.lastSeq - staffReadSeq);
  return {
    ...state,
    sessions: { ...state.sessions, [sessionId]: { ...entry, unread, view: { ...entry.view, staffReadSeq } } },
  };
}

// ---- pending replies and notes ---------------------------------------------------------------------------

function mapPending(state: InboxState, sessionId: string, f: (p: PendingMessage) => PendingMessage): InboxState {
  const list = state.pending[sessionId];
  if (!list) return state;
  return { ...state, pending: { ...state.pending, [sessionId]: list.map(f) } };
}

function dropPending(state: InboxState, sessionId: string, clientMsgId: string): InboxState {
  const list = state.pending[sessionId];
  if (!list?.some((p) => p.clientMsgId === clientMsgId)) return state;
  return { ...state, pending: { ...state.pending, [sessionId]: list.filter((p) => p.clientMsgId !== clientMsgId) } };
}

function mergeNotes(old: Note[], fresh: Note[]): Note[] {
  const byId = new Map(old.map((n) => [n.id, n]));
  for (const n of fresh) byId.set(n.id, n);
  return [...byId.values()].sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
}

// ---- selectors -------------------------------------------------------------------------------------------

export type Tab = 'mine' | 'queue' | 'all';
/** 'open' is every state but closed; 'any' includes closed. */
export type StateFilter = 'open' | 'any' | SessionState;

export interface InboxFilter {
  tab: Tab;
  accountId: string;
  state: StateFilter;
}

export function inTab(entry: SessionEntry, tab: Tab, memberId: string | null): boolean {
  const v = entry.view;
  switch (tab) {
    case 'mine':
      return v.state === 'human' && v.servicerId !== null && v.servicerId === memberId;
    case 'queue':
      return v.state === 'queued';
    case 'all':
      return true;
  }
}

function matchesState(view: SessionView, filter: StateFilter): boolean {
  if (filter === 'any') return true;
  if (filter === 'open') return view.state !== 'closed';
  return view.state === filter;
}

/** The sessions to list: the tab, the account and (on "all") the state; the queue longest waiting first. */
export function selectSessions(state: InboxState, filter: InboxFilter): SessionEntry[] {
  const list = Object.values(state.sessions).filter(
    (e) =>
      inTab(e, filter.tab, state.memberId) &&
      (!filter.accountId || e.view.accountId === filter.accountId) &&
      (filter.tab !== 'all' || matchesState(e.view, filter.state)),
  );
  if (filter.tab === 'queue') {
    return list.sort((a, b) => ms(waitingSince(a.view)) - ms(waitingSince(b.view)) || a.view.id.localeCompare(b.view.id));
  }
  return list.sort((a, b) => ms(b.view.lastActivityAt) - ms(a.view.lastActivityAt) || a.view.id.localeCompare(b.view.id));
}

/** When a queued session started waiting (queuedAt, or its creation on servers that do not say). */
export function waitingSince(view: SessionView): string {
  return view.queuedAt ?? view.createdAt;
}

export interface TabCount {
  count: number;
  unread: number;
}

export function tabCounts(state: InboxState, accountId = ''): Record<Tab, TabCount> {
  const out: Record<Tab, TabCount> = {
    mine: { count: 0, unread: 0 },
    queue: { count: 0, unread: 0 },
    all: { count: 0, unread: 0 },
  };
  for (const e of Object.values(state.sessions)) {
    if (accountId && e.view.accountId !== accountId) continue;
    for (const tab of ['mine', 'queue', 'all'] as Tab[]) {
      if (tab === 'all' && e.view.state === 'closed') continue;
      if (!inTab(e, tab, state.memberId)) continue;
      out[tab].count++;
      out[tab].unread += e.unread;
    }
  }
  return out;
}

/** Unread messages that are the viewer's business: their own sessions and the queue (for the tab title). */
export function attentionUnread(state: InboxState): number {
  let n = 0;
  for (const e of Object.values(state.sessions)) {
    if (inTab(e, 'mine', state.memberId) || inTab(e, 'queue', state.memberId)) n += e.unread;
  }
  return n;
}

/** Sessions to fetch because a frame told only part of their story. */
export function partialSessionIds(state: InboxState): string[] {
  return Object.values(state.sessions)
    .filter((e) => e.partial)
    .map((e) => e.view.id);
}

export interface ResumePoint {
  sessionId: string;
  afterSeq: number;
}

/**
 * Where to resume each open session after a reconnect: after the last message held for loaded threads, else
 * after the last sequence number known. Most recently active first, at most `max` (the server's limit).
 */
export function resumePoints(state: InboxState, max = 100): ResumePoint[] {
  return Object.values(state.sessions)
    .filter((e) => e.view.state !== 'closed' || state.activeId === e.view.id)
    .sort((a, b) => ms(b.view.lastActivityAt) - ms(a.view.lastActivityAt))
    .slice(0, max)
    .map((e) => {
      const thread = state.threads[e.view.id];
      const afterSeq = thread ? (thread.length ? thread[thread.length - 1].seq : 0) : e.view.lastSeq;
      return { sessionId: e.view.id, afterSeq };
    });
}

/** The highest sequence number in a loaded thread that the staff have not marked read yet; null when none. */
export function readSeqToMark(state: InboxState, sessionId: string): number | null {
  const thread = state.threads[sessionId];
  const entry = state.sessions[sessionId];
  if (!thread?.length || !entry) return null;
  const last = thread[thread.length - 1].seq;
  return last > (entry.view.staffReadSeq ?? 0) ? last : null;
}

// ---- helpers ---------------------------------------------------------------------------------------------

export function previewText(m: MessageView): string {
  if (m.recalledAt || m.content == null) return 'Message recalled';
  const c = m.content as Record<string, unknown>;
  switch (m.type) {
    case 'text':
      return String(c.text ?? '');
    case 'image':
      return '[Image]';
    case 'video':
      return '[Video]';
    case 'voice':
      return '[Voice message]';
    case 'sticker':
      return '[Sticker]';
    case 'file':
      return `[File] ${String(c.name ?? '')}`.trim();
    case 'location':
      return `[Location] ${String(c.name ?? c.address ?? '')}`.trim();
    case 'business_card':
      return `[Business card] ${String(c.name ?? '')}`.trim();
    case 'link':
      return `[Link] ${String(c.title ?? '')}`.trim();
    case 'menu':
      return `[Menu] ${String(c.head ?? '')}`.trim();
    default:
      return `[${m.type}]`;
  }
}

/** Milliseconds since the epoch of an ISO instant (the server writes up to nine fraction digits). */
export function ms(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

function later(a: string, b: string): string {
  return ms(a) >= ms(b) ? a : b;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}
