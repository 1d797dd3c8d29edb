/** Which URLs from message content the workspace renders as links and media sources. */

/** Only http(s) links become clickable: content comes from customers and API clients. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * The server's signed download links are absolute (FRONTDESK_PUBLIC_URL); the console is served by that same
 * server, so it fetches them from its own origin, which also works when the page was reached by another name.
 */
export function mediaUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const own = /^https?:\/\/[^/]+(\/api\/v1\/files\/.*)$/i.exec(url);
  if (own) return own[1];
  return url.startsWith('/api/v1/files/') || /^https?:\/\//i.test(url) ? url : null;
}
