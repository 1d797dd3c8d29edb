// Messages between the loader (on the host page) and the panel (in Frontdesk's iframe). The loader posts only
// to Frontdesk's exact origin; the panel accepts only messages whose source is its parent window (and the
// panel's frame-ancestors policy lets only the entry point's allowed sites be that parent).

export const NS = 'frontdesk-widget';

export interface HostConfig {
  user?: { id: string; name?: string; hmac: string };
  sceneParam?: string;
  locale?: string;
}

/** Loader → panel. */
export type ToPanel =
  /** {@code messagesOnly}: the entry point's card said no new conversation can start now. */
  | { ns: typeof NS; type: 'init'; config: HostConfig; visible: boolean; token?: string | null; messagesOnly?: boolean }
  | { ns: typeof NS; type: 'visible'; visible: boolean };

/** Panel → loader. */
export type ToHost =
  | { ns: typeof NS; type: 'ready' }
  | { ns: typeof NS; type: 'unread'; count: number }
  | { ns: typeof NS; type: 'close' }
  | { ns: typeof NS; type: 'active' }
  /** Only where the browser denies the panel storage of its own (third-party storage blocked). */
  | { ns: typeof NS; type: 'token'; token: string };

export function isOurs(data: unknown): data is { ns: string; type: string } {
  return typeof data === 'object' && data !== null && (data as { ns?: unknown }).ns === NS;
}
