import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AgentConnection, agentSocketUrl, type ConnectionStatus, type SocketLike } from './agentSocket';
import type { Frame } from './types';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  closed = false;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(frame: object) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
}

let sockets: FakeSocket[];
let frames: Frame[];
let statuses: ConnectionStatus[];
let tickets: number;
let resume: { sessionId: string; afterSeq: number }[];

function connection(ticket: () => Promise<string> = async () => `t${++tickets}`) {
  return new AgentConnection({
    url: 'ws://host/ws/agent',
    ticket,
    resume: () => resume,
    onFrame: (f) => frames.push(f),
    onStatus: (s) => statuses.push(s),
    openSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    random: () => 1,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  frames = [];
  statuses = [];
  tickets = 0;
  resume = [{ sessionId: 's1', afterSeq: 3 }];
});

afterEach(() => {
  vi.useRealTimers();
});

it('says hello with a fresh ticket and the resume points, and is live on ready', async () => {
  const c = connection();
  c.start();
  await vi.advanceTimersByTimeAsync(0);
  sockets[0].open();
  expect(JSON.parse(sockets[0].sent[0])).toEqual({ type: 'hello', ticket: 't1', resume: [{ sessionId: 's1', afterSeq: 3 }] });
  expect(c.send({ type: 'typing', sessionId: 's1' })).toBe(false); // not before ready
  sockets[0].receive({ type: 'ready', data: { memberId: 'me', supervises: false } });
  sockets[0].receive({ type: 'pong' });
  expect(statuses).toEqual(['connecting', 'live']);
  expect(frames.map((f) => f.type)).toEqual(['ready']);
  expect(c.send({ type: 'typing', sessionId: 's1' })).toBe(true);
  c.stop();
  expect(sockets[0].closed).toBe(true);
});

it('reconnects with growing delays and resumes from where the inbox is then', async () => {
  const c = connection();
  c.start();
  await vi.advanceTimersByTimeAsync(0);
  sockets[0].open();
  sockets[0].drop();
  expect(statuses.at(-1)).toBe('offline');
  await vi.advanceTimersByTimeAsync(499);
  expect(sockets).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(sockets).toHaveLength(2);
  sockets[1].open();
  sockets[1].drop(); // failed before ready: the next wait is longer
  await vi.advanceTimersByTimeAsync(999);
  expect(sockets).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(1);
  resume = [{ sessionId: 's1', afterSeq: 7 }];
  sockets[2].open();
  expect(JSON.parse(sockets[2].sent[0])).toMatchObject({ ticket: 't3', resume: [{ sessionId: 's1', afterSeq: 7 }] });
  sockets[2].receive({ type: 'ready' });
  sockets[2].drop(); // after a ready the delays start over
  await vi.advanceTimersByTimeAsync(500);
  expect(sockets).toHaveLength(4);
  c.stop();
});

it('retries when the ticket cannot be had, and stops for good on stop()', async () => {
  let fail = true;
  const c = connection(async () => {
    if (fail) throw new Error('offline');
    return 'ok';
  });
  c.start();
  await vi.advanceTimersByTimeAsync(0);
  expect(sockets).toHaveLength(0);
  expect(statuses).toEqual(['connecting', 'offline']);
  fail = false;
  await vi.advanceTimersByTimeAsync(500);
  expect(sockets).toHaveLength(1);
  c.stop();
  sockets[0].drop();
  await vi.advanceTimersByTimeAsync(60_000);
  expect(sockets).toHaveLength(1);
});

it('pings, and gives up on a connection that went silent', async () => {
  const c = connection();
  c.start();
  await vi.advanceTimersByTimeAsync(0);
  sockets[0].open();
  sockets[0].receive({ type: 'ready' });
  await vi.advanceTimersByTimeAsync(25_000);
  expect(sockets[0].sent.at(-1)).toBe('{"type":"ping"}');
  await vi.advanceTimersByTimeAsync(50_000); // nothing heard for 75 s
  expect(sockets[0].closed).toBe(true);
  await vi.advanceTimersByTimeAsync(500);
  expect(sockets).toHaveLength(2);
  c.stop();
});

it('builds the endpoint URL from the page', () => {
  expect(agentSocketUrl({ protocol: 'https:', host: 'cs.example.com' })).toBe('wss://cs.example.com/ws/agent');
  expect(agentSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws/agent');
});
