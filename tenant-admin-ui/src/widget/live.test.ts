import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Live, socketUrl, type Frame, type SocketLike } from './live';
import { Conversation, type Message } from './messages';

class FakeSocket implements SocketLike {
  onopen: ((e: any) => void) | null = null;
  onmessage: ((e: { data: any }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  onerror: ((e: any) => void) | null = null;
  readyState = 0;
  sent: any[] = [];
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  // server side
  opened() {
    this.readyState = 1;
    this.onopen?.({});
  }
  frame(f: Frame) {
    this.onmessage?.({ data: JSON.stringify(f) });
  }
  dropped(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const message = (seq: number): Message => ({
  id: 'm' + seq, sessionId: 's1', seq, type: 'text', content: { text: String(seq) },
  sender: { type: 'servicer' }, createdAt: '2025-01-01T00:00:00Z',
});

describe('Live', () => {
  let sockets: FakeSocket[];
  let conv: Conversation;
  let states: boolean[];
  let live: Live;

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    conv = new Conversation();
    states = [];
    live = new Live({
      url: 'ws://x/ws/visitor',
      hello: () => ({ visitorToken: 'tok', sessionId: 's1', afterSeq: conv.contiguousSeq('s1') }),
      onFrame: (f) => f.type === 'message' && conv.add([f.data]),
      onState: (up) => states.push(up),
      socket: () => {
        const s = new FakeSocket();
        sockets.push(s);
        return s;
      },
      delays: [1000, 5000],
    });
  });

  afterEach(() => {
    live.stop();
    vi.useRealTimers();
  });

  it('says hello with the last seq it holds, and again after a drop, without losing or doubling messages', () => {
    conv.add([message(1), message(2)]);
    live.start();
    sockets[0].opened();
    expect(sockets[0].sent[0]).toEqual({ type: 'hello', visitorToken: 'tok', sessionId: 's1', afterSeq: 2 });
    sockets[0].frame({ type: 'ready', data: {} });
    sockets[0].frame({ type: 'message', sessionId: 's1', seq: 3, data: message(3) });
    sockets[0].dropped();
    expect(states).toEqual([true, false]);

    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1].opened();
    expect(sockets[1].sent[0].afterSeq).toBe(3);
    // the server replays after 3, and a late live copy of 3 arrives too
    sockets[1].frame({ type: 'ready', data: {} });
    sockets[1].frame({ type: 'message', data: message(4) });
    sockets[1].frame({ type: 'message', data: message(3) });
    expect(conv.list().map((x) => x.message.seq)).toEqual([1, 2, 3, 4]);
  });

  it('waits longer after each failed attempt, and starts over once connected', () => {
    live.start();
    sockets[0].dropped();
    vi.advanceTimersByTime(1000);
    sockets[1].dropped();
    vi.advanceTimersByTime(4999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    sockets[2].opened();
    sockets[2].frame({ type: 'ready', data: {} });
    sockets[2].dropped();
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(4);
  });

  it('gives up when the server refuses it by policy (1008), and when stopped', () => {
    live.start();
    sockets[0].dropped(1008);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);

    live.start();
    live.stop();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(2);
  });

  it('sends frames only while open, and pings while connected', () => {
    live.start();
    expect(live.send({ type: 'typing', sessionId: 's1' })).toBe(false);
    sockets[0].opened();
    sockets[0].frame({ type: 'ready', data: {} });
    expect(live.send({ type: 'typing', sessionId: 's1' })).toBe(true);
    vi.advanceTimersByTime(30_000);
    expect(sockets[0].sent.map((f) => f.type)).toEqual(['hello', 'typing', 'ping']);
  });
});

describe('socketUrl', () => {
  it('follows the page scheme', () => {
    expect(socketUrl({ protocol: 'https:', host: 'fd.example.com' })).toBe('wss://fd.example.com/ws/visitor');
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/ws/visitor');
  });
});
