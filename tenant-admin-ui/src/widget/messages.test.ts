import { describe, expect, it } from 'vitest';
import { Conversation, newClientMsgId, type Message } from './messages';

function msg(seq: number, over: Partial<Message> = {}): Message {
  return {
    id: `m${over.sessionId ?? 's1'}-${seq}`,
    sessionId: 's1',
    seq,
    type: 'text',
    content: { text: `#${seq}` },
    sender: { type: 'servicer', id: 'a', name: 'Andy' },
    createdAt: '2025-01-01T10:00:00Z',
    ...over,
  };
}

const seqs = (c: Conversation) => c.list().map((x) => `${x.message.sessionId}:${x.message.seq}`);

describe('Conversation', () => {
  it('orders by seq and keeps one copy of each message, however often and in whatever order it comes', () => {
    const c = new Conversation();
    c.add([msg(3), msg(1)]);
    c.add([msg(2), msg(3), msg(1)]);
    expect(seqs(c)).toEqual(['s1:1', 's1:2', 's1:3']);
    expect(c.add([msg(2)])).toBe(false);
  });

  it('replaces a message by its recalled copy', () => {
    const c = new Conversation();
    c.add([msg(1)]);
    expect(c.add([msg(1, { content: null, recalledAt: '2025-01-01T10:01:00Z' })])).toBe(true);
    expect(c.list()[0].message.recalledAt).toBeTruthy();
  });

  it('drops a pending send when its confirmed copy arrives, from the answer or the socket', () => {
    const c = new Conversation();
    c.pending.push({ clientMsgId: 'w-1', type: 'text', content: { text: 'hi' } });
    c.pending.push({ clientMsgId: 'w-2', type: 'text', content: { text: 'there' } });
    c.add([msg(4, { clientMsgId: 'w-1', sender: { type: 'customer' } })]);
    expect(c.pending.map((p) => p.clientMsgId)).toEqual(['w-2']);
  });

  it('knows the highest seq it holds without a gap (what a reconnect resumes after)', () => {
    const c = new Conversation();
    expect(c.contiguousSeq('s1')).toBe(0);
    c.add([msg(1), msg(2), msg(4)]);
    expect(c.contiguousSeq('s1')).toBe(2);
    c.add([msg(3)]);
    expect(c.contiguousSeq('s1')).toBe(4);
  });

  it('puts earlier sessions above the current one and marks where each begins', () => {
    const c = new Conversation();
    c.add([msg(1, { sessionId: 's2' })]);
    c.addEarlier('s1', [msg(2), msg(1)]);
    expect(seqs(c)).toEqual(['s1:1', 's1:2', 's2:1']);
    expect(c.list().map((x) => x.firstOfSession)).toEqual([true, false, true]);
  });

  it('counts what people wrote to the visitor as unread, and any business-side message as incoming', () => {
    const c = new Conversation();
    c.add([msg(1, { sender: { type: 'system' } }), msg(2, { sender: { type: 'customer' } }), msg(3), msg(4)]);
    expect(c.lastIncomingSeq('s1')).toBe(4);
    expect(c.unreadAfter('s1', 2)).toBe(2);
    expect(c.unreadAfter('s1', 0)).toBe(2); // the welcome message is no reason for a badge
    expect(c.unreadAfter('s1', 4)).toBe(0);
    c.add([msg(4, { content: null, recalledAt: '2025-01-01T10:05:00Z' })]);
    expect(c.unreadAfter('s1', 2)).toBe(1);
  });

  it('ignores malformed frames', () => {
    const c = new Conversation();
    expect(c.add([null as unknown as Message, { ...msg(1), seq: undefined as unknown as number }])).toBe(false);
    expect(c.list()).toEqual([]);
  });
});

describe('newClientMsgId', () => {
  it('is unique and fits the API pattern', () => {
    const a = newClientMsgId();
    expect(a).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    expect(newClientMsgId()).not.toBe(a);
  });
});
