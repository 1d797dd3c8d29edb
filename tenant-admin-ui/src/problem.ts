/** An RFC 9457 problem (application/problem+json) turned into an Error the UI can show. */
export interface FieldError {
  field: string;
  message: string;
}

/** An entry of a problem's `errors`: usually a FieldError; a plugin may name a CSV `line` instead, or nothing. */
export interface ProblemItem {
  field?: string;
  line?: number;
  message: string;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** `errors` as the server sent them, including entries without a field (see ProblemItem). */
  readonly items: ProblemItem[];

  constructor(status: number, title: string, detail?: string, errors: ProblemItem[] = []) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail || title;
    this.items = errors;
    this.errors = errors.filter((e): e is FieldError => typeof e.field === 'string');
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
    const errors = Array.isArray(p.errors)
      ? (p.errors as unknown[]).filter((e): e is ProblemItem => !!e && typeof e === 'object' && typeof (e as ProblemItem).message === 'string')
      : [];
    return new ProblemError(res.status, title, detail, errors);
  }
  return new ProblemError(res.status, res.statusText || 'Request failed', `The server answered ${res.status}.`);
}

export function toProblem(e: unknown): ProblemError {
  if (e instanceof ProblemError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ProblemError(0, 'Network error', `Could not reach the server (${msg}).`);
}
