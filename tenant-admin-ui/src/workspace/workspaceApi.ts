/** The customer-service API as the workspace calls it (sessions, messages, notes, canned replies, status). */
import { authed } from '../api';
import type { Department, Member } from '../types';
import type {
  AccountSummary,
  CannedReply,
  CustomerProfile,
  MessageView,
  Note,
  ServicerStatusView,
  SessionState,
  SessionView,
} from './types';

const id = encodeURIComponent;
const PAGE = 500;

export interface SessionQuery {
  state?: SessionState;
  mine?: boolean;
  accountId?: string;
  limit?: number;
}

export type TransferTarget = { memberId: string } | { departmentId: string } | { accountId: string } | { queue: true };

export interface OutgoingMessage {
  clientMsgId: string;
  type: string;
  content: unknown;
}

export interface CannedReplyInput {
  scope?: 'tenant' | 'personal';
  shortcut: string;
  title: string;
  text: string;
}

function query(q: SessionQuery): string {
  const p = new URLSearchParams();
  if (q.state) p.set('state', q.state);
  if (q.mine) p.set('mine', 'true');
  if (q.accountId) p.set('accountId', q.accountId);
  p.set('limit', String(q.limit ?? 200));
  return p.toString();
}

export const workspaceApi = {
  sessions: (q: SessionQuery = {}) => authed<SessionView[]>('GET', `/api/v1/sessions?${query(q)}`),
  session: (sessionId: string) => authed<SessionView>('GET', `/api/v1/sessions/${id(sessionId)}`),

  /** Every message of a session after afterSeq, page by page. */
  async messages(sessionId: string, afterSeq = 0): Promise<MessageView[]> {
    const all: MessageView[] = [];
    let after = afterSeq;
    for (;;) {
      const page = await authed<MessageView[]>(
        'GET',
        `/api/v1/sessions/${id(sessionId)}/messages?afterSeq=${after}&limit=${PAGE}`,
      );
      all.push(...page);
      if (page.length < PAGE) return all;
      after = page[page.length - 1].seq;
    }
  },
  send: (sessionId: string, m: OutgoingMessage) =>
    authed<MessageView>('POST', `/api/v1/sessions/${id(sessionId)}/messages`, m),
  recall: (sessionId: string, messageId: string) =>
    authed<MessageView>('POST', `/api/v1/sessions/${id(sessionId)}/messages/${id(messageId)}/recall`),
  claim: (sessionId: string) => authed<SessionView>('POST', `/api/v1/sessions/${id(sessionId)}/claim`),
  transfer: (sessionId: string, target: TransferTarget) =>
    authed<SessionView>('POST', `/api/v1/sessions/${id(sessionId)}/transfer`, target),
  close: (sessionId: string) => authed<SessionView>('POST', `/api/v1/sessions/${id(sessionId)}/close`),
  markRead: (sessionId: string, seq: number) =>
    authed<SessionView>('POST', `/api/v1/sessions/${id(sessionId)}/read`, { seq }),

  notes: (sessionId: string) => authed<Note[]>('GET', `/api/v1/sessions/${id(sessionId)}/notes`),
  addNote: (sessionId: string, text: string) =>
    authed<Note>('POST', `/api/v1/sessions/${id(sessionId)}/notes`, { text }),

  cannedReplies: (q = '') =>
    authed<CannedReply[]>('GET', `/api/v1/canned-replies${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  createCannedReply: (r: CannedReplyInput) => authed<CannedReply>('POST', '/api/v1/canned-replies', r),
  updateCannedReply: (replyId: string, r: Partial<CannedReplyInput>) =>
    authed<CannedReply>('PATCH', `/api/v1/canned-replies/${id(replyId)}`, r),
  deleteCannedReply: (replyId: string) => authed<void>('DELETE', `/api/v1/canned-replies/${id(replyId)}`),

  customer: (customerId: string) => authed<CustomerProfile>('GET', `/api/v1/customers/${id(customerId)}`),

  myStatus: () => authed<ServicerStatusView>('GET', '/api/v1/servicers/me/status'),
  setMyStatus: (status: 'receiving' | 'paused', pauseKind?: 'stopped' | 'suspended') =>
    authed<ServicerStatusView>('PUT', '/api/v1/servicers/me/status', status === 'paused' ? { status, pauseKind } : { status }),

  ticket: () => authed<{ ticket: string; expiresAt: string }>('POST', '/api/v1/realtime/tickets'),

  accounts: () => authed<AccountSummary[]>('GET', '/api/v1/accounts'),
  members: () => authed<Member[]>('GET', '/api/v1/members'),
  departments: () => authed<Department[]>('GET', '/api/v1/departments'),
};

/** A fresh id for a message, so that a retried send is stored once. */
export function newClientMsgId(): string {
  const uuid =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `ws-${uuid}`;
}
