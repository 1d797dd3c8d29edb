/**
 * Allowed web origins of an entry point, as the server's entry/Origins.java accepts them: http or https, a host,
 * an optional port, nothing else. Checked here first so the admin sees every bad line at once, with a hint.
 */

export const MAX_ORIGINS = 50;

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const ORIGIN = new RegExp(`^(https?)://(${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?/?$`, 'i');

/** The origin as the server stores it (lower case, no trailing slash), or undefined when it is not one. */
export function normalizeOrigin(raw: string): string | undefined {
  const m = ORIGIN.exec(raw.trim());
  if (!m) return undefined;
  const port = m[3];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  return `${m[1].toLowerCase()}://${m[2].toLowerCase()}${port !== undefined ? `:${Number(port)}` : ''}`;
}

/** Why one line is not an origin, in words that say how to fix it; undefined when it is fine. */
export function originError(raw: string): string | undefined {
  const value = raw.trim();
  if (normalizeOrigin(value)) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return `"${value}" needs its scheme: https://${value.replace(/^\/+/, '')}`;
  if (!/^https?:\/\//i.test(value)) return `"${value}" must start with https:// or http://`;
  const rest = value.replace(/^https?:\/\//i, '');
  if (/[/?#]./.test(rest)) return `"${value}" has a path; an origin is only scheme://host[:port]`;
  if (rest.includes('@')) return `"${value}" must not contain a user name`;
  return `"${value}" is not a web origin; write it like https://shop.example.com`;
}

/** One origin per line (blank lines ignored) → the list to send, or the problems found. */
export function parseOrigins(text: string): { origins: string[]; error?: string } {
  const lines = text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);
  const problems = lines.map(originError).filter((e): e is string => e !== undefined);
  const origins = [...new Set(lines.map((l) => normalizeOrigin(l)).filter((o): o is string => o !== undefined))];
  if (problems.length) return { origins, error: problems.join(' ') };
  if (origins.length > MAX_ORIGINS) return { origins, error: `At most ${MAX_ORIGINS} origins; this list has ${origins.length}.` };
  return { origins };
}
