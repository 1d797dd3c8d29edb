// The visitor API, from the panel's own origin (so every request is same-origin).
import type { Message, SessionInfo } from './messages';

export interface AccountCard {
  id: string;
  name: string;
  avatarUrl?: string | null;
  welcomeMessage?: string | null;
  open: boolean;
  offHoursReply?: string | null;
  /** No new conversation can start now: a visitor without an open one is offered to leave a message. */
  messagesOnly?: boolean;
}

export interface LeftMessage {
  entryKey: string;
  sceneParam?: string;
  visitorToken?: string;
  name: string;
  contact: string;
  text: string;
}

export interface Opened {
  visitorToken: string;
  customerId: string;
  session: SessionInfo;
  account: AccountCard;
}

export interface Identity {
  userId: string;
  name?: string;
  hmac: string;
}

/** A refused request, with the server's problem detail (RFC 9457) when it sent one. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    detail: string,
  ) {
    super(detail);
  }

  /** The company takes no new conversation now (its plan's limit): leaving a message is what is left. */
  get quotaExceeded(): boolean {
    return this.status === 402 && this.type.endsWith('/quota-exceeded');
  }
}

const TOKEN = 'X-Visitor-Token';

async function problem(res: Response): Promise<ProblemError> {
  let body: any = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: the status says enough
  }
  return new ProblemError(res.status, body?.type ?? '', body?.detail ?? `HTTP ${res.status}`);
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers[TOKEN] = token;
  const res = await fetch('/api/v1/visitor/' + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
  });
  if (!res.ok) throw await problem(res);
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

export const visitorApi = {
  /** The entry point's account card, without opening a session (the console's preview). */
  entry(entryKey: string) {
    return call<{ account: AccountCard }>('GET', 'entry/' + encodeURIComponent(entryKey), null);
  },

  open(entryKey: string, sceneParam: string | null, visitorToken: string | null, identity: Identity | null,
    resumeOnly = false) {
    return call<Opened>('POST', 'sessions', null, {
      entryKey,
      sceneParam: sceneParam || undefined,
      visitorToken: visitorToken || undefined,
      identity: identity || undefined,
      resumeOnly: resumeOnly || undefined,
    });
  },

  /** Leaves a message for the company instead of chatting. */
  leave(message: LeftMessage) {
    return call<{ id: string; createdAt: string }>('POST', 'left-messages', null, message);
  },

  messages(token: string, sessionId: string, afterSeq: number, limit = 500) {
    const q = `messages?sessionId=${encodeURIComponent(sessionId)}&afterSeq=${afterSeq}&limit=${limit}`;
    return call<{ session: SessionInfo; messages: Message[] }>('GET', q, token);
  },

  send(token: string, body: { sessionId: string; clientMsgId: string; type: string; content: unknown }) {
    return call<{ message: Message; session: SessionInfo; duplicate: boolean }>('POST', 'messages', token, body);
  },

  read(token: string, sessionId: string, seq: number) {
    return call<void>('POST', 'read', token, { sessionId, seq });
  },

  /** Uploads the file's raw bytes (XHR, for progress); resolves with the upload's id. */
  upload(token: string, sessionId: string, kind: string, file: File, progress: (percent: number) => void) {
    return new Promise<{ id: string }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const q = `sessionId=${encodeURIComponent(sessionId)}&kind=${kind}&name=${encodeURIComponent(file.name)}`;
      xhr.open('POST', '/api/v1/visitor/attachments?' + q);
      xhr.setRequestHeader(TOKEN, token);
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      xhr.upload.onprogress = (e) => e.lengthComputable && progress(Math.round((e.loaded / e.total) * 100));
      xhr.onload = () => {
        let body: any = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // keep null
        }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else reject(new ProblemError(xhr.status, body?.type ?? '', body?.detail ?? `HTTP ${xhr.status}`));
      };
      xhr.onerror = () => reject(new ProblemError(0, '', 'network'));
      xhr.send(file);
    });
  },
};
