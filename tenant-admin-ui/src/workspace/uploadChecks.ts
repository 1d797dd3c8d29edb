/**
 * What the server would refuse, said before uploading: the kind a file goes as and the kind's size limit
 * (the same limits as the server's AttachmentKind; the server still checks the bytes themselves).
 */
export type UploadKind = 'image' | 'video' | 'voice' | 'file' | 'sticker';

const MIB = 1024 * 1024;

export const LIMITS: Record<UploadKind, { bytes: number; plural: string; types: string[] }> = {
  image: { bytes: 10 * MIB, plural: 'Images', types: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] },
  video: { bytes: 10 * MIB, plural: 'Videos', types: ['video/mp4', 'video/webm', 'video/quicktime'] },
  voice: {
    bytes: 2 * MIB,
    plural: 'Voice messages',
    types: ['audio/amr', 'audio/amr-wb', 'audio/mpeg', 'audio/ogg', 'audio/wav', 'audio/x-wav', 'audio/mp4', 'audio/webm'],
  },
  file: { bytes: 20 * MIB, plural: 'Files', types: [] },
  sticker: { bytes: 1 * MIB, plural: 'Stickers', types: ['image/png', 'image/gif', 'image/webp'] },
};

export interface FileLike {
  name: string;
  size: number;
  type: string;
}

/** The kind a file is sent as: images, videos and audio the browser recognises as such, anything else a file. */
export function kindFor(file: FileLike): UploadKind {
  const type = file.type.toLowerCase();
  for (const kind of ['image', 'video', 'voice'] as UploadKind[]) {
    if (LIMITS[kind].types.includes(type)) return kind;
  }
  return 'file';
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MIB) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

/** Why this file cannot be sent as this kind, or null when it may be uploaded. */
export function uploadProblem(file: FileLike, kind: UploadKind = kindFor(file)): string | null {
  const limit = LIMITS[kind];
  if (file.size === 0) return `${file.name || 'The file'} is empty.`;
  if (file.size > limit.bytes) {
    return `${limit.plural} may be at most ${formatSize(limit.bytes)}; ${file.name || 'this one'} is ${formatSize(file.size)}.`;
  }
  if (limit.types.length && file.type && !limit.types.includes(file.type.toLowerCase())) {
    return `${limit.plural} must be ${limit.types.map((t) => t.split('/')[1].toUpperCase()).join(', ')}; ${file.name} is ${file.type}.`;
  }
  return null;
}
