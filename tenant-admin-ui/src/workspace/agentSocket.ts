/**
 * The agent's live connection to /ws/agent: a fresh ticket for every connection (they last a minute), a hello
 * that resumes each open session after the last message held, a ping every 25 s (the server drops
 * connections silent for 90 s), and reconnection with backoff whenever the connection ends.
 */
import { reconnectDelay } from './backoff';
import type { ResumePoint } from './inbox';
import type { Frame } from './types';

export type ConnectionStatus = 'connecting' | 'live' | 'offline';

/** The part of the browser's WebSocket this class uses (tests pass a fake). */
export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface AgentConnectionOptions {
  url: string;
  ticket: () => Promise<string>;
  /** Read at every (re)connect, so a reconnect resumes where the inbox is now. */
  resume: () => ResumePoint[];
  onFrame: (frame: Frame) => void;
  onStatus: (status: ConnectionStatus, detail?: string) => void;
  openSocket?: (url: string) => SocketLike;
  random?: () => number;
  pingEveryMs?: number;
  /** No frame (not even a pong) for this long: the connection is dead even if the browser has not noticed. */
  silentMs?: number;
  now?: () => number;
}

const OPEN = 1;

export class AgentConnection {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private stopped = false;
  private live = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private lastHeard = 0;
  private readonly o: Required<Omit<AgentConnectionOptions, 'openSocket' | 'random'>> &
    Pick<AgentConnectionOptions, 'openSocket' | 'random'>;

  constructor(options: AgentConnectionOptions) {
    this.o = { pingEveryMs: 25_000, silentMs: 70_000, now: Date.now, ...options };
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    const s = this.socket;
    this.socket = null;
    this.live = false;
    if (s) {
      s.onclose = null;
      s.close(1000, 'bye');
    }
  }

  /** Sends a frame if the connection is live; false otherwise (callers fall back to HTTP or drop it). */
  send(frame: object): boolean {
    if (!this.live || !this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Skips the wait before the next attempt (the browser came back online, the tab became visible). */
  retryNow(): void {
    if (this.stopped || this.socket || !this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.connect();
  }

  isLive(): boolean {
    return this.live;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.o.onStatus('connecting');
    let ticket: string;
    try {
      ticket = await this.o.ticket();
    } catch (e) {
      this.scheduleRetry(e instanceof Error ? e.message : String(e));
      return;
    }
    if (this.stopped) return;
    const socket = this.o.openSocket ? this.o.openSocket(this.o.url) : (new WebSocket(this.o.url) as unknown as SocketLike);
    this.socket = socket;
    this.lastHeard = this.o.now();
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: 'hello', ticket, resume: this.o.resume() }));
    };
    socket.onmessage = (ev) => {
      if (socket !== this.socket) return;
      this.lastHeard = this.o.now();
      let frame: Frame;
      try {
        frame = JSON.parse(String(ev.data)) as Frame;
      } catch {
        return;
      }
      if (frame.type === 'ready') {
        this.attempt = 0;
        this.live = true;
        this.o.onStatus('live');
      }
      if (frame.type !== 'pong') this.o.onFrame(frame);
    };
    socket.onerror = () => {
      // onclose follows and decides
    };
    socket.onclose = (ev) => {
      if (socket !== this.socket) return;
      this.dropped(ev.reason || `closed (${ev.code})`);
    };
    this.pingTimer = setInterval(() => this.keepAlive(socket), this.o.pingEveryMs);
  }

  private keepAlive(socket: SocketLike): void {
    if (socket !== this.socket) return;
    if (this.o.now() - this.lastHeard > this.o.silentMs) {
      socket.onclose = null;
      socket.close(4000, 'silent');
      this.dropped('the connection went silent');
      return;
    }
    if (socket.readyState === OPEN) socket.send('{"type":"ping"}');
  }

  private dropped(reason: string): void {
    this.socket = null;
    this.live = false;
    this.clearTimers();
    this.scheduleRetry(reason);
  }

  private scheduleRetry(reason: string): void {
    if (this.stopped) return;
    const delay = reconnectDelay(this.attempt++, { random: this.o.random });
    this.o.onStatus('offline', `${reason}; reconnecting in ${Math.ceil(delay / 1000)} s`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }

  private clearTimers(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pingTimer = null;
    this.retryTimer = null;
  }
}

/** ws: or wss: URL of the agent endpoint on this page's host. */
export function agentSocketUrl(loc: { protocol: string; host: string } = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/ws/agent`;
}
