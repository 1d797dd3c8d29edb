import { describe, expect, it } from 'vitest';
import {
  attentionUnread,
  emptyInbox,
  inboxReducer,
  partialSessionIds,
  readSeqToMark,
  resumePoints,
  selectSessions,
  tabCounts,
  type InboxAction,
  type InboxState,
} from './inbox';
import { message, session } from './testData';
import type { Frame } from './types';

const NOW = Date.parse('2025-01-01T10:05:00Z');

function run(actions: InboxAction[], start: InboxState = emptyInbox): InboxState {
  return actions.reduce(inboxReducer, start);
}

function frame(f: Frame, tabVisible = true): InboxAction {
  return { type: 'frame', frame: f, now: NOW, tabVisible };
}

function msgFrame(sessionId: string, seq: number, over = {}): InboxAction {
  return frame({ type: 'message', sessionId, seq, data: message(sessionId, seq, over) });
}

const ready: InboxAction = { type: 'ready', memberId: 'me', supervises: false };

describe('inbox reducer', () => {
  it('counts a customer message once, however often it arrives', () => {
    const s = run([ready, { type: 'sessions', views: [session('a', { lastSeq: 1 })] }, msgFrame('a', 2), msgFrame('a', 2), msgFrame('a', 1)]);
    expect(s.sessions.a.unread).toBe(1);
    expect(s.sessions.a.view.lastSeq).toBe(2);
    expect(s.sessions.a.preview?.text).toBe('message 2');
  });

  it('does not count the business side nor what the open conversation shows', () => {
    let s = run([ready, { type: 'sessions', views: [session('a'), session('b')] }, { type: 'open', sessionId: 'a' }]);
    s = run([msgFrame('a', 2), msgFrame('b', 2, { sender: { type: 'servicer', id: 'me', name: 'Me' } })], s);
    expect(s.sessions.a.unread).toBe(0);
    expect(s.sessions.b.unread).toBe(0);
    // the open conversation in a hidden tab is not seen
    s = inboxReducer(s, { type: 'frame', frame: { type: 'message', sessionId: 'a', seq: 3, data: message('a', 3) }, now: NOW, tabVisible: false });
    expect(s.sessions.a.unread).toBe(1);
  });

  it('keeps loaded threads in sequence order without duplicates', () => {
    const s = run([
      ready,
      { type: 'sessions', views: [session('a', { lastSeq: 2 })] },
      { type: 'thread', sessionId: 'a', messages: [message('a', 1), message('a', 2)] },
      msgFrame('a', 4),
      msgFrame('a', 3),
      msgFrame('a', 2),
    ]);
    expect(s.threads.a.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('adds a replayed message to the thread without counting it again when REST already told the last seq', () => {
    const s = run([
      ready,
      { type: 'sessions', views: [session('a', { lastSeq: 1 })] },
      { type: 'thread', sessionId: 'a', messages: [message('a', 1)] },
      { type: 'session', view: session('a', { lastSeq: 3, unreadForStaff: 2 }) },
      msgFrame('a', 2),
      msgFrame('a', 3),
    ]);
    expect(s.threads.a.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(s.sessions.a.unread).toBe(2);
  });

  it('takes the server unread count unless it heard of newer messages itself', () => {
    let s = run([ready, { type: 'sessions', views: [session('a', { lastSeq: 1 })] }, msgFrame('a', 2), msgFrame('a', 3)]);
    expect(s.sessions.a.unread).toBe(2);
    s = inboxReducer(s, { type: 'session', view: session('a', { lastSeq: 2, unreadForStaff: 1 }) }); // stale answer
    expect(s.sessions.a.unread).toBe(2);
    expect(s.sessions.a.view.lastSeq).toBe(3);
    s = inboxReducer(s, { type: 'session', view: session('a', { lastSeq: 3, unreadForStaff: 0 }) });
    expect(s.sessions.a.unread).toBe(0);
  });

  it('creates a partial session for a frame about an unknown one, to be fetched', () => {
    const s = run([ready, msgFrame('x', 2)]);
    expect(s.sessions.x.partial).toBe(true);
    expect(s.sessions.x.unread).toBe(1);
    expect(s.sessions.x.view.customerId).toBe('cust-x');
    expect(partialSessionIds(s)).toEqual(['x']);
    const fetched = inboxReducer(s, { type: 'session', view: session('x', { lastSeq: 2 }) });
    expect(partialSessionIds(fetched)).toEqual([]);
    expect(fetched.sessions.x.unread).toBe(1);
  });

  it('applies status changes: assigned to me, queued, closed', () => {
    const change = (toState: number, toServicerId: string | null, changeType: string): InboxAction =>
      frame({
        type: 'session_status_change',
        sessionId: 'a',
        data: { sessionId: 'a', accountId: 'acc-1', customerId: 'c', changeType, fromState: 0, toState, fromServicerId: null, toServicerId, previousSessionId: null, reason: null },
      });
    let s = run([ready, change(2, null, 'queued')]);
    expect(s.sessions.a.view.state).toBe('queued');
    expect(s.sessions.a.view.queuedAt).toBe(new Date(NOW).toISOString());
    expect(selectSessions(s, { tab: 'queue', accountId: '', state: 'open' }).map((e) => e.view.id)).toEqual(['a']);
    s = run([change(3, 'me', 'taken_from_queue')], s);
    expect(s.sessions.a.view.servicerId).toBe('me');
    expect(selectSessions(s, { tab: 'mine', accountId: '', state: 'open' }).map((e) => e.view.id)).toEqual(['a']);
    expect(selectSessions(s, { tab: 'queue', accountId: '', state: 'open' })).toEqual([]);
    s = run([change(4, null, 'closed')], s);
    expect(s.sessions.a.view.closedAt).not.toBeNull();
    expect(selectSessions(s, { tab: 'mine', accountId: '', state: 'open' })).toEqual([]);
    expect(selectSessions(s, { tab: 'all', accountId: '', state: 'closed' }).length).toBe(1);
    expect(selectSessions(s, { tab: 'all', accountId: '', state: 'open' }).length).toBe(0);
  });

  it('marks sessions missing from a fresh list of their scope as partial', () => {
    let s = run([ready, { type: 'sessions', views: [session('a', { state: 'queued', stateCode: 2, servicerId: null }), session('b')] }]);
    s = inboxReducer(s, { type: 'sessions', views: [], scope: { state: 'queued' } });
    expect(s.sessions.a.partial).toBe(true);
    expect(s.sessions.b.partial).toBe(false);
  });

  it('filters by tab and account and sorts the queue longest waiting first', () => {
    const s = run([
      ready,
      {
        type: 'sessions',
        views: [
          session('q1', { state: 'queued', stateCode: 2, servicerId: null, queuedAt: '2025-01-01T10:02:00Z' }),
          session('q2', { state: 'queued', stateCode: 2, servicerId: null, queuedAt: '2025-01-01T10:01:00.5Z', accountId: 'acc-2' }),
          session('m1', { lastActivityAt: '2025-01-01T10:03:00Z' }),
          session('m2', { lastActivityAt: '2025-01-01T10:04:00Z' }),
          session('other', { servicerId: 'someone-else' }),
        ],
      },
    ]);
    const ids = (tab: 'mine' | 'queue' | 'all', accountId = '') => selectSessions(s, { tab, accountId, state: 'open' }).map((e) => e.view.id);
    expect(ids('queue')).toEqual(['q2', 'q1']);
    expect(ids('queue', 'acc-1')).toEqual(['q1']);
    expect(ids('mine')).toEqual(['m2', 'm1']);
    expect(ids('all')).toHaveLength(5);
    expect(selectSessions(s, { tab: 'all', accountId: '', state: 'queued' }).map((e) => e.view.id).sort()).toEqual(['q1', 'q2']);
    expect(tabCounts(s).mine.count).toBe(2);
    expect(tabCounts(s).queue.count).toBe(2);
    expect(tabCounts(s, 'acc-2').queue.count).toBe(1);
  });

  it('recomputes unread when the staff read, from the thread when loaded', () => {
    let s = run([
      ready,
      { type: 'sessions', views: [session('a', { lastSeq: 1 }), session('b', { lastSeq: 1 })] },
      msgFrame('a', 2),
      msgFrame('a', 3),
      msgFrame('b', 2),
      msgFrame('b', 3),
      { type: 'thread', sessionId: 'b', messages: [message('b', 1), message('b', 2), message('b', 3)] },
    ]);
    expect(attentionUnread(s)).toBe(4);
    s = run([frame({ type: 'read', data: { sessionId: 'a', reader: 'staff', seq: 2 } })], s);
    expect(s.sessions.a.unread).toBe(1);
    expect(s.sessions.a.view.staffReadSeq).toBe(2);
    s = run([{ type: 'markedRead', sessionId: 'b', seq: 2 }], s);
    expect(s.sessions.b.unread).toBe(1);
    expect(readSeqToMark(s, 'b')).toBe(3);
    s = run([{ type: 'markedRead', sessionId: 'b', seq: 3 }], s);
    expect(s.sessions.b.unread).toBe(0);
    expect(readSeqToMark(s, 'b')).toBeNull();
  });

  it('remembers how far the customer has read', () => {
    const s = run([
      ready,
      { type: 'sessions', views: [session('a')] },
      frame({ type: 'read', data: { sessionId: 'a', reader: 'customer', seq: 5 } }),
      frame({ type: 'read', data: { sessionId: 'a', reader: 'customer', seq: 3 } }),
    ]);
    expect(s.sessions.a.view.customerReadSeq).toBe(5);
  });

  it('resumes loaded threads after their last message and others after the last seq known', () => {
    const s = run([
      ready,
      {
        type: 'sessions',
        views: [
          session('a', { lastSeq: 9, lastActivityAt: '2025-01-01T10:04:00Z' }),
          session('b', { lastSeq: 4, lastActivityAt: '2025-01-01T10:03:00Z' }),
          session('closed', { state: 'closed', stateCode: 4, lastSeq: 7 }),
        ],
      },
      { type: 'thread', sessionId: 'a', messages: [message('a', 1), message('a', 2)] },
    ]);
    expect(resumePoints(s)).toEqual([
      { sessionId: 'a', afterSeq: 2 },
      { sessionId: 'b', afterSeq: 4 },
    ]);
    expect(resumePoints(s, 1)).toHaveLength(1);
  });

  it('replaces a pending reply by the stored message with the same clientMsgId', () => {
    let s = run([
      ready,
      { type: 'sessions', views: [session('a')] },
      { type: 'thread', sessionId: 'a', messages: [message('a', 1)] },
      { type: 'pending', message: { clientMsgId: 'c1', sessionId: 'a', type: 'text', content: { text: 'hi' }, createdAt: '2025-01-01T10:04:00Z' } },
    ]);
    expect(s.pending.a).toHaveLength(1);
    s = run([msgFrame('a', 2, { clientMsgId: 'c1', sender: { type: 'servicer', id: 'me', name: 'Me' } })], s);
    expect(s.pending.a).toHaveLength(0);
    expect(s.threads.a.map((m) => m.seq)).toEqual([1, 2]);
    expect(s.sessions.a.unread).toBe(0);
  });

  it('marks a refused reply as failed', () => {
    const s = run([
      ready,
      { type: 'pending', message: { clientMsgId: 'c1', sessionId: 'a', type: 'text', content: { text: 'hi' }, createdAt: '2025-01-01T10:04:00Z' } },
      frame({ type: 'msg_send_fail', data: { sessionId: 'a', clientMsgId: 'c1', reason: 'window closed' } }),
    ]);
    expect(s.pending.a[0].error).toBe('window closed');
  });

  it('blanks recalled messages and their preview', () => {
    const s = run([
      ready,
      { type: 'sessions', views: [session('a', { lastSeq: 1 })] },
      { type: 'thread', sessionId: 'a', messages: [message('a', 1)] },
      msgFrame('a', 2),
      frame({ type: 'recall', data: { sessionId: 'a', messageId: 'a-m2', seq: 2, recalledAt: '2025-01-01T10:04:30Z' } }),
    ]);
    expect(s.threads.a[1].content).toBeNull();
    expect(s.threads.a[1].recalledAt).toBe('2025-01-01T10:04:30Z');
    expect(s.sessions.a.preview?.text).toBe('Message recalled');
  });

  it('collects notes once each, in time order', () => {
    const note = (id: string, at: string) => ({ id, sessionId: 'a', author: { id: 'me', name: 'Me' }, text: id, createdAt: at });
    const s = run([
      ready,
      { type: 'notes', sessionId: 'a', notes: [note('n2', '2025-01-01T10:02:00Z')] },
      frame({ type: 'note', sessionId: 'a', data: note('n1', '2025-01-01T10:01:00Z') }),
      frame({ type: 'note', sessionId: 'a', data: note('n1', '2025-01-01T10:01:00Z') }),
    ]);
    expect(s.notes.a.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('shows the customer typing only for the customer', () => {
    let s = run([ready, { type: 'sessions', views: [session('a')] }, frame({ type: 'typing', sessionId: 'a', data: { sessionId: 'a', from: 'customer' } })]);
    expect(s.sessions.a.customerTypingAt).toBe(NOW);
    s = run([msgFrame('a', 2)], s);
    expect(s.sessions.a.customerTypingAt).toBeUndefined();
  });

  it('forgets a session it may no longer see', () => {
    const s = run([ready, { type: 'sessions', views: [session('a'), session('b')] }, { type: 'forget', sessionId: 'a' }, { type: 'forget', sessionId: 'zz' }]);
    expect(Object.keys(s.sessions)).toEqual(['b']);
  });

  it('keeps live messages that arrive while the history is loading', () => {
    const s = run([
      ready,
      { type: 'sessions', views: [session('a', { lastSeq: 4 })] },
      { type: 'threadStarted', sessionId: 'a' },
      msgFrame('a', 5),
      { type: 'thread', sessionId: 'a', messages: [1, 2, 3, 4].map((n) => message('a', n)) },
      { type: 'threadStarted', sessionId: 'a' },
    ]);
    expect(s.threads.a.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the API version of messages it already holds (fresh links, recalls)', () => {
    const s = run([
      ready,
      { type: 'thread', sessionId: 'a', messages: [message('a', 1, { content: { url: 'old' } })] },
      { type: 'thread', sessionId: 'a', messages: [message('a', 1, { content: { url: 'fresh' } })] },
    ]);
    expect(s.threads.a).toHaveLength(1);
    expect(s.threads.a[0].content).toEqual({ url: 'fresh' });
  });
});
