/**
 * The conversation's timeline: messages of the customer's sessions loaded so far and internal notes, in
 * order, with a divider where a session starts; plus the small rules the view shows (read receipts, recall).
 */
import { ms } from './inbox';
import type { MessageView, Note, PendingMessage } from './types';

export type TimelineItem =
  | { kind: 'divider'; key: string; sessionId: string; at: string; current: boolean }
  | { kind: 'message'; key: string; message: MessageView }
  | { kind: 'pending'; key: string; pending: PendingMessage }
  | { kind: 'note'; key: string; note: Note };

export interface SessionPart {
  sessionId: string;
  createdAt: string;
  messages: MessageView[];
  notes: Note[];
}

/**
 * Sessions oldest first, each a divider then its messages and notes by time (messages keep sequence order
 * among themselves); unconfirmed replies of the current session last.
 */
export function buildTimeline(parts: SessionPart[], currentId: string, pending: PendingMessage[]): TimelineItem[] {
  const out: TimelineItem[] = [];
  const sorted = [...parts].sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
  for (const part of sorted) {
    out.push({ kind: 'divider', key: `d-${part.sessionId}`, sessionId: part.sessionId, at: part.createdAt, current: part.sessionId === currentId });
    const notes = [...part.notes].sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
    let n = 0;
    for (const m of part.messages) {
      while (n < notes.length && ms(notes[n].createdAt) < ms(m.createdAt)) {
        out.push({ kind: 'note', key: `n-${notes[n].id}`, note: notes[n] });
        n++;
      }
      out.push({ kind: 'message', key: `m-${m.id}`, message: m });
    }
    for (; n < notes.length; n++) out.push({ kind: 'note', key: `n-${notes[n].id}`, note: notes[n] });
  }
  for (const p of pending) out.push({ kind: 'pending', key: `p-${p.clientMsgId}`, pending: p });
  return out;
}

export const RECALL_WINDOW_MS = 2 * 60 * 1000;

/** The agent's own, not yet recalled message younger than two minutes (the server has the last word). */
export function canRecall(m: MessageView, memberId: string | null, now: number): boolean {
  return (
    m.sender.type === 'servicer' &&
    m.sender.id !== null &&
    m.sender.id === memberId &&
    !m.recalledAt &&
    now - ms(m.createdAt) < RECALL_WINDOW_MS
  );
}

/** For a business message: 'read' once the customer has read up to it, else 'sent'; null for the customer's. */
export function receipt(m: MessageView, customerReadSeq: number | undefined): 'read' | 'sent' | null {
  if (m.sender.type === 'customer') return null;
  return customerReadSeq !== undefined && m.seq <= customerReadSeq ? 'read' : 'sent';
}

export type TextPart = { text: string } | { url: string };

/** Splits text into plain parts and http(s) links, for rendering links without ever injecting HTML. */
export function linkify(text: string): TextPart[] {
  const out: TextPart[] = [];
  const re = /https?:\/\/[^\s<>"']+/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let url = m[0];
    const trail = /[.,;:!?)\]]+$/.exec(url); // sentence punctuation after a link is not part of it
    if (trail) url = url.slice(0, -trail[0].length);
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ url });
    last = m.index + url.length;
    re.lastIndex = last;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
