/**
 * Which live frames deserve the agent's attention (a sound, and a browser notification while the tab is
 * hidden): a customer's new message in the agent's own or a waiting session, a session handed to the agent,
 * and a session starting to wait in the queue. Decided on the inbox as it was before the frame.
 */
import { previewText, type InboxState } from './inbox';
import type { Frame, MessageView, SessionChange } from './types';

export interface Alert {
  kind: 'message' | 'session';
  sessionId: string;
  title: string;
  body: string;
}

export function alertFor(before: InboxState, frame: Frame): Alert | null {
  const me = before.memberId;
  if (frame.type === 'message') {
    const m = frame.data as MessageView | undefined;
    if (!m || m.sender?.type !== 'customer') return null;
    const sessionId = m.sessionId ?? frame.sessionId ?? '';
    const entry = before.sessions[sessionId];
    if (entry && m.seq <= entry.view.lastSeq) return null; // replayed or already heard
    const mine = entry?.view.servicerId != null && entry.view.servicerId === me;
    const waiting = !entry || entry.view.state === 'queued' || entry.view.state === 'new';
    if (!mine && !waiting) return null;
    return { kind: 'message', sessionId, title: m.sender.name || 'Customer', body: previewText(m) };
  }
  if (frame.type === 'session_status_change') {
    const c = frame.data as SessionChange | undefined;
    if (!c?.sessionId) return null;
    const name = before.sessions[c.sessionId]?.view.customerName || 'A customer';
    if (c.toServicerId && c.toServicerId === me && c.fromServicerId !== me && c.reason !== 'claimed') {
      const how = c.changeType === 'transferred' ? 'was transferred to you' : 'was assigned to you';
      return { kind: 'session', sessionId: c.sessionId, title: 'New session', body: `${name} ${how}.` };
    }
    if (Number(c.toState) === 2 && Number(c.fromState) !== 2) {
      return { kind: 'session', sessionId: c.sessionId, title: 'Customer waiting', body: `${name} is waiting in the queue.` };
    }
  }
  return null;
}
