// Messages as the visitor API and /ws/visitor show them, and the panel's list of them: one per (session, seq),
// whatever order and however often they arrive (HTTP answers, socket frames, replays after a reconnect).

export interface Sender {
  type: 'customer' | 'servicer' | 'system' | 'assistant' | 'api' | string;
  id?: string | null;
  name?: string | null;
}

export interface Message {
  id: string;
  sessionId: string;
  seq: number;
  type: string;
  content: any;
  sender: Sender;
  clientMsgId?: string | null;
  createdAt: string;
  recalledAt?: string | null;
}

/** A message of the visitor's that the server has not confirmed yet. */
export interface Pending {
  clientMsgId: string;
  type: string;
  content: any;
  error?: string;
  progress?: number; // upload progress, 0-100
  file?: File;
  kind?: string;
}

export interface SessionInfo {
  id: string;
  stateCode: number;
  lastSeq: number;
  queuePosition?: number | null;
  previousSessionId?: string | null;
  customerReadSeq?: number;
  staffReadSeq?: number;
}

export const QUEUED = 2;
export const CLOSED = 4;

/**
 * The conversation: confirmed messages ordered by session (oldest first) and seq, plus the visitor's pending
 * sends. Adding a message twice keeps the later copy (a recall replaces the original); a confirmed message
 * with a pending one's clientMsgId takes its place.
 */
export class Conversation {
  private bySession = new Map<string, Map<number, Message>>();
  private sessionOrder: string[] = [];
  pending: Pending[] = [];

  /** Adds or replaces messages; returns true when anything changed. */
  add(messages: Message[]): boolean {
    let changed = false;
    for (const m of messages) {
      if (!m || typeof m.seq !== 'number' || !m.sessionId) continue;
      let seqs = this.bySession.get(m.sessionId);
      if (!seqs) {
        seqs = new Map();
        this.bySession.set(m.sessionId, seqs);
        this.sessionOrder.push(m.sessionId);
      }
      const had = seqs.get(m.seq);
      if (!had || had.recalledAt !== m.recalledAt || had.id !== m.id) {
        seqs.set(m.seq, m);
        changed = true;
      }
      if (m.clientMsgId) {
        const before = this.pending.length;
        this.pending = this.pending.filter((p) => p.clientMsgId !== m.clientMsgId);
        changed ||= before !== this.pending.length;
      }
    }
    return changed;
  }

  /** Puts an earlier session's messages before the others (history read backwards). */
  addEarlier(sessionId: string, messages: Message[]): void {
    if (!this.bySession.has(sessionId)) {
      this.bySession.set(sessionId, new Map());
      this.sessionOrder.unshift(sessionId);
    }
    this.add(messages);
  }

  /** The highest seq held for a session such that every message up to it is held too (what to resume after). */
  contiguousSeq(sessionId: string): number {
    const seqs = this.bySession.get(sessionId);
    let n = 0;
    while (seqs?.has(n + 1)) n++;
    return n;
  }

  /** Messages in display order, each with whether it starts a new session. */
  list(): { message: Message; firstOfSession: boolean }[] {
    const out: { message: Message; firstOfSession: boolean }[] = [];
    for (const id of this.sessionOrder) {
      const seqs = [...(this.bySession.get(id)?.values() ?? [])].sort((a, b) => a.seq - b.seq);
      seqs.forEach((message, i) => out.push({ message, firstOfSession: i === 0 }));
    }
    return out;
  }

  /** The highest seq of a message from the business side (anyone but the customer) in a session. */
  lastIncomingSeq(sessionId: string): number {
    let max = 0;
    for (const m of this.bySession.get(sessionId)?.values() ?? []) {
      if (m.sender.type !== 'customer' && m.seq > max) max = m.seq;
    }
    return max;
  }

  /**
   * Messages after `seq` in a session that someone wrote to the visitor: the unread badge. Automatic ones (the
   * welcome message, off-hours replies) do not count, or every new session would start with a badge.
   */
  unreadAfter(sessionId: string, seq: number): number {
    let n = 0;
    for (const m of this.bySession.get(sessionId)?.values() ?? []) {
      if (m.sender.type !== 'customer' && m.sender.type !== 'system' && !m.recalledAt && m.seq > seq) n++;
    }
    return n;
  }
}

/** A client message id: unique per send, kept across retries so the server stores the message once. */
export function newClientMsgId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return 'w-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
