/** Client-side checks of an avatar before upload; the server checks the bytes again (attachments/AttachmentKind). */

export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

export function avatarError(file: { type: string; size: number }): string | undefined {
  if (!AVATAR_TYPES.includes(file.type)) return 'Pick a PNG, JPEG or WebP image.';
  if (file.size === 0) return 'This file is empty.';
  if (file.size > AVATAR_MAX_BYTES) return `The image is ${(file.size / 1024 / 1024).toFixed(1)} MiB; at most 2 MiB.`;
  return undefined;
}

/** One or two letters standing in for a missing avatar: "Sales Desk" → "SD". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => Array.from(w)[0]!.toUpperCase())
    .join('');
}

/**
 * A signed file link from the API as a path on this server. The API builds links from FRONTDESK_PUBLIC_URL for
 * visitors and API clients; the console is served by Frontdesk itself, so the path works here even where that
 * setting names another host (a proxy in front, or a development port). The signature covers the path only.
 */
export function sameOriginFileUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^https?:\/\/[^/]+(\/api\/v1\/files\/.*)$/i.exec(url);
  return m ? m[1] : url;
}
