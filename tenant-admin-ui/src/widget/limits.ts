// What the server takes per kind of upload (attachments/AttachmentKind): checked here first, so the visitor
// learns at once instead of after uploading 30 MB. The server sniffs the bytes and checks again.

export type Kind = 'image' | 'video' | 'voice' | 'file' | 'sticker';

const MIB = 1024 * 1024;

interface Limit {
  max: number;
  types: string[]; // empty: any type
  formats: string;
}

export const LIMITS: Record<Kind, Limit> = {
  image: { max: 10 * MIB, types: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'], formats: 'PNG, JPEG, GIF, WebP' },
  video: { max: 10 * MIB, types: ['video/mp4', 'video/webm', 'video/quicktime'], formats: 'MP4, WebM, QuickTime' },
  voice: {
    max: 2 * MIB,
    types: ['audio/amr', 'audio/amr-wb', 'audio/mpeg', 'audio/ogg', 'audio/wav', 'audio/x-wav', 'audio/mp4',
      'audio/webm', 'video/webm'],
    formats: 'AMR, MP3, OGG, WAV, M4A, WebM',
  },
  file: { max: 20 * MIB, types: [], formats: '' },
  sticker: { max: 1 * MIB, types: ['image/png', 'image/gif', 'image/webp'], formats: 'PNG, GIF, WebP' },
};

/** The kind a picked file goes as: images, videos and audio by their type, anything else as a file. */
export function kindOf(file: { type: string }): Kind {
  const t = file.type.toLowerCase();
  if (LIMITS.image.types.includes(t)) return 'image';
  if (LIMITS.video.types.includes(t)) return 'video';
  if (t.startsWith('audio/') && LIMITS.voice.types.includes(t)) return 'voice';
  return 'file';
}

export type Refusal = { reason: 'empty' | 'tooBig' | 'badType'; max: number; formats: string };

/** Why the file cannot go as this kind, or null when it may be uploaded. */
export function check(file: { size: number; type: string }, kind: Kind): Refusal | null {
  const limit = LIMITS[kind];
  if (file.size === 0) return { reason: 'empty', max: limit.max, formats: limit.formats };
  if (limit.types.length && !limit.types.includes(file.type.toLowerCase())) {
    return { reason: 'badType', max: limit.max, formats: limit.formats };
  }
  if (file.size > limit.max) return { reason: 'tooBig', max: limit.max, formats: limit.formats };
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return bytes + ' B';
  if (bytes < MIB) return Math.round(bytes / 1024) + ' KB';
  const mib = bytes / MIB;
  return (mib >= 10 || Number.isInteger(mib) ? Math.round(mib) : mib.toFixed(1)) + ' MB';
}
