/** An RFC 9457 problem (application/problem+json) turned into an Error the UI can show. */
export interface FieldError {
  field: string;
  message: string;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(status: number, title: string, detail?: string, errors: FieldError[] = []) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail || title;
    this.errors = errors;
  }

  /** Field errors keyed by the last segment of the field path ("create.arg0.email" -> "email"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const key = e.field.split('.').pop() ?? e.field;
      out[key] = out[key] ? `${out[key]} ${e.message}` : e.message;
    }
    return out;
  }
}

export async function problemFromResponse(res: Response): Promise<ProblemError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (proxy error page, empty body...)
  }
  if (body && typeof body === 'object') {
    const p = body as Record<string, unknown>;
    // Keycloak's token endpoint answers {error, error_description}.
    const title = String(p.title ?? p.error ?? res.statusText ?? 'Request failed');
    const detail = (p.detail ?? p.error_description) as string | undefined;
    const errors = Array.isArray(p.errors) ? (p.errors as FieldError[]) : [];
    return new ProblemError(res.status, title, detail, errors);
  }
  return new ProblemError(res.status, res.statusText || 'Request failed', `The server answered ${res.status}.`);
}

export function toProblem(e: unknown): ProblemError {
  if (e instanceof ProblemError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ProblemError(0, 'Network error', `Could not reach the server (${msg}).`);
}
