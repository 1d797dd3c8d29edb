// The visitor's live connection (/ws/visitor). Each (re)connection says hello with the last seq the panel holds
// without gaps, so the server replays exactly what was missed; the Conversation drops anything seen twice.

export interface Frame {
  type: string;
  sessionId?: string;
  seq?: number;
  data?: any;
}

export interface SocketLike {
  onopen: ((e: any) => void) | null;
  onmessage: ((e: { data: any }) => void) | null;
  onclose: ((e: { code: number }) => void) | null;
  onerror: ((e: any) => void) | null;
  readyState: number;
  send(data: string): void;
  close(code?: number): void;
}

export interface LiveOptions {
  url: string;
  /** Read at every (re)connection: what to resume after. */
  hello: () => { visitorToken: string; sessionId: string; afterSeq: number };
  onFrame: (f: Frame) => void;
  /** Connected (after `ready`) or not; `final` when the server refused us for good (close 1008). */
  onState: (connected: boolean, final?: boolean) => void;
  socket?: (url: string) => SocketLike;
  delays?: number[];
}

const OPEN = 1;
const POLICY = 1008;
const PING_MS = 30_000;

export class Live {
  private ws: SocketLike | null = null;
  private attempt = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private ping: ReturnType<typeof setInterval> | undefined;
  private stopped = false;

  constructor(private readonly o: LiveOptions) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.ping);
    this.ws?.close();
    this.ws = null;
  }

  /** Sends a frame if connected; false otherwise (the caller may fall back to HTTP). */
  send(frame: object): boolean {
    if (this.ws?.readyState !== OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  private connect(): void {
    const ws = (this.o.socket ?? ((u) => new WebSocket(u) as unknown as SocketLike))(this.o.url);
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'hello', ...this.o.hello() }));
    ws.onmessage = (e) => {
      let frame: Frame;
      try {
        frame = JSON.parse(String(e.data));
      } catch {
        return;
      }
      if (frame.type === 'ready') {
        this.attempt = 0;
        clearInterval(this.ping);
        this.ping = setInterval(() => this.send({ type: 'ping' }), PING_MS);
        this.o.onState(true);
      }
      this.o.onFrame(frame);
    };
    ws.onerror = () => {};
    ws.onclose = (e) => {
      if (this.ws !== ws) return;
      clearInterval(this.ping);
      this.ws = null;
      const final = e.code === POLICY;
      this.o.onState(false, final);
      if (this.stopped || final) return;
      const delays = this.o.delays ?? [1000, 2000, 4000, 8000, 15000];
      this.retry = setTimeout(() => this.connect(), delays[Math.min(this.attempt++, delays.length - 1)]);
    };
  }
}

/** The socket's address on the panel's own origin. */
export function socketUrl(loc: { protocol: string; host: string }): string {
  return (loc.protocol === 'https:' ? 'wss://' : 'ws://') + loc.host + '/ws/visitor';
}
