/** Entry point form checks and the same-origin addresses the console uses for an entry's QR code and preview. */
import { collect, requiredError } from '../validation';
import { parseOrigins } from './origins';
import type { EntryPoint, EntryPointRequest } from './types';

/** As the server's EntryPointResource.SCENE_PATTERN. */
export const SCENE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

export interface EntryDraft {
  scene: string;
  name: string;
  origins: string;
}

export function draftFromEntry(e?: EntryPoint): EntryDraft {
  return { scene: e?.scene ?? '', name: e?.name ?? '', origins: (e?.allowedOrigins ?? []).join('\n') };
}

export function entryErrors(d: EntryDraft): Record<string, string> {
  return collect({
    scene: requiredError(d.scene, 'Scene') ?? (SCENE_PATTERN.test(d.scene.trim()) ? undefined : "Use 1–64 letters, digits, '.', '_' or '-'."),
    name: d.name.trim().length > 120 ? 'At most 120 characters.' : undefined,
    allowedOrigins: parseOrigins(d.origins).error,
  });
}

/** The request body; an empty name becomes the scene (the server does the same on create). */
export function entryFromDraft(d: EntryDraft): EntryPointRequest {
  const scene = d.scene.trim();
  return { scene, name: d.name.trim() || scene, allowedOrigins: parseOrigins(d.origins).origins };
}

/**
 * Paths on this server rather than the public URL the API reports: the console is served by Frontdesk itself, so
 * these work even where FRONTDESK_PUBLIC_URL names another host (a proxy, or a development port).
 */
export function entryPaths(key: string) {
  const k = encodeURIComponent(key);
  return {
    chat: `/c/${k}`,
    preview: `/c/${k}?preview=1`, // shows the panel without opening a chat session
    qrPng: (size: number) => `/api/v1/visitor/entry/${k}/qr.png?size=${size}`,
    qrSvg: `/api/v1/visitor/entry/${k}/qr.svg`,
  };
}

/** A file name for downloads: "qr-<scene>.png". */
export function qrFileName(scene: string, ext: 'png' | 'svg'): string {
  return `qr-${scene.replace(/[^A-Za-z0-9_.-]+/g, '-')}.${ext}`;
}
