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

/**
 * The extension member of a 402 `quota-exceeded` problem: which limit, the use against it, the plan's code and the
 * cheapest plan on sale that lifts it (its code; null when none does).
 */
export interface Quota {
  limit: string;
  used: number;
  allowed: number;
  plan: string;
  upgradeTo: string | null;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** `errors` as the server sent them, including entries without a field (see ProblemItem). */
  readonly items: ProblemItem[];
  /** Set when a plan's limit refused the action (402 quota-exceeded): the UI offers the upgrade. */
  readonly quota: Quota | null;

  constructor(status: number, title: string, detail?: string, errors: ProblemItem[] = [], quota: Quota | null = null) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail || title;
    this.items = errors;
    this.quota = quota;
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
    return new ProblemError(res.status, title, detail, errors, readQuota(p.quota));
  }
  return new ProblemError(res.status, res.statusText || 'Request failed', `The server answered ${res.status}.`);
}

function readQuota(q: unknown): Quota | null {
  if (!q || typeof q !== 'object') return null;
  const r = q as Record<string, unknown>;
  if (typeof r.limit !== 'string' || typeof r.plan !== 'string') return null;
  return {
    limit: r.limit,
    used: Number(r.used ?? 0),
    allowed: Number(r.allowed ?? 0),
    plan: r.plan,
    upgradeTo: typeof r.upgradeTo === 'string' && r.upgradeTo ? r.upgradeTo : null,
  };
}

export function toProblem(e: unknown): ProblemError {
  if (e instanceof ProblemError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ProblemError(0, 'Network error', `Could not reach the server (${msg}).`);
}
