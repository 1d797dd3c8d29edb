/**
 * Finding canned replies as the agent types "/shortcut" in the composer: exact shortcut first, then shortcut
 * prefixes, title word prefixes, and text containing the query; personal replies before the company's at the
 * same rank. Case and accents are ignored.
 */
import type { CannedReply } from './types';

/** The query when the composer holds only "/" and a word; null otherwise (the "/" popup is closed). */
export function slashQuery(composerText: string): string | null {
  const m = /^\/(\S*)$/.exec(composerText);
  return m ? m[1] : null;
}

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function rank(reply: CannedReply, q: string): number {
  const shortcut = fold(reply.shortcut);
  const title = fold(reply.title);
  if (!q) return 4;
  if (shortcut === q) return 0;
  if (shortcut.startsWith(q)) return 1;
  if (title.split(/[\s\-_/.,]+/).some((w) => w.startsWith(q))) return 2;
  if (shortcut.includes(q) || title.includes(q)) return 3;
  if (fold(reply.text).includes(q)) return 4;
  return -1;
}

export function searchCanned(replies: CannedReply[], query: string, limit = 8): CannedReply[] {
  const q = fold(query.trim());
  return replies
    .map((r) => ({ r, rank: rank(r, q) }))
    .filter((x) => x.rank >= 0)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.r.scope === b.r.scope ? 0 : a.r.scope === 'personal' ? -1 : 1) ||
        a.r.shortcut.localeCompare(b.r.shortcut),
    )
    .slice(0, limit)
    .map((x) => x.r);
}
