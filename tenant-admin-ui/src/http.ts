import { problemFromResponse, toProblem } from './problem';

/**
 * Same-origin JSON request. Resolves to the parsed body (undefined for 204); throws ProblemError.
 * A Blob body (a picked file) is sent as raw bytes with its own type, as the upload routes expect.
 */
export async function jsonRequest<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const raw = body instanceof Blob;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body !== undefined ? { 'Content-Type': raw ? body.type || 'application/octet-stream' : 'application/json' } : {}),
        ...headers,
      },
      body: raw ? body : body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    throw toProblem(e);
  }
  if (!res.ok) throw await problemFromResponse(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
