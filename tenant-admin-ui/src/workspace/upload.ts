/**
 * Uploads a file to POST /api/v1/attachments as the raw body (XMLHttpRequest, for upload progress), with the
 * access token; refreshes the token once on 401 as the JSON client does.
 */
import { accessToken, refresh } from '../auth';
import { ProblemError } from '../problem';
import type { AttachmentView } from './types';
import type { UploadKind } from './uploadChecks';

export interface UploadHandle {
  done: Promise<AttachmentView>;
  abort: () => void;
}

export function uploadAttachment(file: File, kind: UploadKind, onProgress: (fraction: number) => void): UploadHandle {
  let current: XMLHttpRequest | null = null;
  let aborted = false;
  const attempt = () =>
    new Promise<AttachmentView>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      current = xhr;
      const params = new URLSearchParams({ kind, name: file.name || kind });
      xhr.open('POST', `/api/v1/attachments?${params}`);
      xhr.setRequestHeader('Authorization', `Bearer ${accessToken() ?? ''}`);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          onProgress(1);
          resolve(JSON.parse(xhr.responseText) as AttachmentView);
        } else {
          reject(problemOf(xhr));
        }
      };
      xhr.onerror = () => reject(new ProblemError(0, 'Network error', 'The upload did not reach the server.'));
      xhr.onabort = () => reject(new ProblemError(0, 'Cancelled', 'The upload was cancelled.'));
      xhr.send(file);
    });
  const done = attempt().catch(async (e) => {
    if (!aborted && e instanceof ProblemError && e.status === 401 && (await refresh())) return attempt();
    throw e;
  });
  return {
    done,
    abort: () => {
      aborted = true;
      current?.abort();
    },
  };
}

function problemOf(xhr: XMLHttpRequest): ProblemError {
  try {
    const p = JSON.parse(xhr.responseText) as { title?: string; detail?: string };
    return new ProblemError(xhr.status, p.title ?? 'Upload refused', p.detail);
  } catch {
    return new ProblemError(xhr.status, 'Upload refused', `The server answered ${xhr.status}.`);
  }
}
