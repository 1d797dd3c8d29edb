import { problemFromResponse, toProblem } from './problem';

/**
 * Same-origin JSON request. Resolves to the parsed body (undefined for 204); throws ProblemError.
 * A Blob body (a picked file) is sent as raw bytes with its own type, as the upload routes expect; a FormData body
 * as multipart/form-data (the browser writes the Content-Type with its boundary).
 */
export async function jsonRequest<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const raw = body instanceof Blob;
  const form = body instanceof FormData;
  const res = await send(path, {
    method,
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(body !== undefined && !form ? { 'Content-Type': raw ? body.type || 'application/octet-stream' : 'application/json' } : {}),
      ...headers,
    },
    body: raw || form ? body : body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A same-origin GET of a file (an export); throws ProblemError. */
export async function blobRequest(path: string, headers: Record<string, string> = {}): Promise<Blob> {
  const res = await send(path, { method: 'GET', headers: { Accept: '*/*', ...headers } });
  return res.blob();
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw toProblem(e);
  }
  if (!res.ok) throw await problemFromResponse(res);
  return res;
}
