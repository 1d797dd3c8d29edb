/**
 * A plugin's configuration form, generated from its configSchema (the subset platform-core's ConfigSchema
 * accepts): which input each property gets, the draft the form edits, the browser-side checks that mirror the
 * server's, and the JSON the form saves. Pure, so it is unit-tested without a browser.
 */
import type { Config, ConfigSchema, ConfigValue, SchemaProperty } from './types';

export type FieldKind =
  | 'text'
  | 'email'
  | 'url'
  | 'hostname'
  | 'textarea'
  | 'password' // format "password" but not writeOnly: the value is shown back, only masked
  | 'secret' // writeOnly: never shown back; empty keeps the stored value
  | 'select'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'lines'; // array of strings, one per line

export interface FormField {
  name: string;
  kind: FieldKind;
  label: string;
  hint?: string;
  required: boolean;
  options?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength: number;
  pattern?: string;
  maxItems: number;
  /** Secrets only: a value is stored on the server. */
  secretSet: boolean;
}

/** What the inputs hold: text for everything but checkboxes. */
export interface Draft {
  values: Record<string, string | boolean>;
  /** Secrets the admin chose to clear (sent as null). */
  cleared: string[];
}

// The host's own limits when a schema sets none (ConfigSchema.MAX_STRING, MAX_ITEMS).
export const MAX_STRING = 10_000;
export const MAX_ITEMS = 200;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function kindOf(p: SchemaProperty): FieldKind {
  switch (p.type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'lines';
  }
  if (p.writeOnly) return 'secret';
  if (p.enum) return 'select';
  switch (p.format) {
    case 'email':
      return 'email';
    case 'uri':
      return 'url';
    case 'hostname':
      return 'hostname';
    case 'textarea':
      return 'textarea';
    case 'password':
      return 'password';
  }
  // A one-line input would drop the line breaks of a multi-line message, so those get a textarea too.
  const multiline = typeof p.default === 'string' && p.default.includes('\n');
  return multiline || (p.maxLength ?? 0) >= LONG_TEXT ? 'textarea' : 'text';
}

/** From this maxLength a plain string is edited in a textarea: it is a paragraph, not a name. */
export const LONG_TEXT = 500;

/**
 * The form's fields in the schema's order. `secretsSet` names the secrets that have a stored value; `config` is the
 * stored configuration, whose multi-line texts need a textarea like multi-line defaults do.
 */
export function formFields(schema: ConfigSchema | null | undefined, secretsSet: string[] = [], config?: Config | null): FormField[] {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, p]) => {
    const stored = config?.[name];
    const kind = kindOf(p) === 'text' && typeof stored === 'string' && stored.includes('\n') ? 'textarea' : kindOf(p);
    return {
      name,
      kind,
      label: p.title?.trim() || name,
      hint: p.description?.trim() || undefined,
      required: required.has(name),
      options: kind === 'select' ? p.enum : undefined,
      minimum: p.minimum,
      maximum: p.maximum,
      minLength: p.minLength,
      maxLength: p.maxLength ?? MAX_STRING,
      pattern: p.pattern,
      maxItems: Math.min(p.maxItems ?? MAX_ITEMS, MAX_ITEMS),
      secretSet: kind === 'secret' && secretsSet.includes(name),
    };
  });
}

function toText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join('\n');
  return String(v);
}

/**
 * The inputs' starting values: the stored config where there is one (the server has applied defaults), else the
 * schema's defaults. Secrets always start empty: they are never sent back.
 */
export function draftFrom(fields: FormField[], schema: ConfigSchema | null | undefined, config: Config | null | undefined): Draft {
  const values: Record<string, string | boolean> = {};
  for (const f of fields) {
    const stored = config?.[f.name];
    const value = stored !== undefined && stored !== null ? stored : schema?.properties?.[f.name]?.default;
    if (f.kind === 'boolean') values[f.name] = value === true;
    else if (f.kind === 'secret') values[f.name] = '';
    else values[f.name] = toText(value);
  }
  return { values, cleared: [] };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** What is wrong with a non-empty text for a string field, as the server would judge it; undefined if fine. */
export function textError(f: FormField, s: string): string | undefined {
  if (s.length > f.maxLength) return `At most ${f.maxLength} characters.`;
  if (f.minLength !== undefined && s.length < f.minLength) return `At least ${f.minLength} characters.`;
  if (f.options && !f.options.includes(s)) return `Choose one of: ${f.options.join(', ')}.`;
  if (f.pattern) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(f.pattern, 'u');
    } catch {
      // A Java pattern JavaScript cannot read: the server checks it.
    }
    if (re && !re.test(s)) return `Must match ${f.pattern}.`;
  }
  if (f.kind === 'email' && !EMAIL.test(s)) return 'Enter a valid email address.';
  if (f.kind === 'hostname' && !HOSTNAME.test(s)) return 'Enter a host name, e.g. mail.example.com.';
  if (f.kind === 'url' && !isAbsoluteUrl(s)) return 'Enter an absolute URL, e.g. https://example.com/hook.';
  return undefined;
}

function isAbsoluteUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return !!u.protocol && !!u.host;
  } catch {
    return false;
  }
}

function numberError(f: FormField, text: string): string | undefined {
  const integer = f.kind === 'integer';
  if (!(integer ? INTEGER : NUMBER).test(text)) return integer ? 'Enter a whole number.' : 'Enter a number.';
  const n = Number(text);
  if (integer && !Number.isSafeInteger(n)) return 'Too large.';
  if (f.minimum !== undefined && n < f.minimum) return `At least ${f.minimum}.`;
  if (f.maximum !== undefined && n > f.maximum) return `At most ${f.maximum}.`;
  return undefined;
}

function isEmpty(f: FormField, draft: Draft): boolean {
  const v = draft.values[f.name];
  if (f.kind === 'boolean') return false;
  const text = typeof v === 'string' ? v : '';
  if (f.kind === 'lines') return lines(text).length === 0;
  if (f.kind === 'secret') return text === '' && (!f.secretSet || draft.cleared.includes(f.name));
  return text.trim() === '';
}

/** Errors keyed by property name; empty when the draft can be saved. */
export function draftErrors(fields: FormField[], draft: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = draft.values[f.name];
    const text = typeof v === 'string' ? v : '';
    let error: string | undefined;
    if (f.required && isEmpty(f, draft)) {
      error = f.kind === 'secret' && f.secretSet ? 'Required: enter a new value instead of clearing it.' : 'Required.';
    } else if (f.kind === 'integer' || f.kind === 'number') {
      if (text.trim()) error = numberError(f, text.trim());
    } else if (f.kind === 'lines') {
      const items = lines(text);
      if (items.length > f.maxItems) error = `At most ${f.maxItems} lines.`;
      else if (items.some((l) => l.length > MAX_STRING)) error = `Each line at most ${MAX_STRING} characters.`;
    } else if (f.kind !== 'boolean' && text !== '') {
      error = textError(f, f.kind === 'secret' || f.kind === 'password' ? text : text.trim());
    }
    if (error) out[f.name] = error;
  }
  return out;
}

/**
 * The body of PUT …/config. Empty numbers and texts that the schema would refuse when empty are null, so the
 * server applies the default; a secret left empty is omitted (kept), one the admin cleared is null.
 */
export function configFromDraft(fields: FormField[], draft: Draft): Config {
  const out: Config = {};
  for (const f of fields) {
    const v = draft.values[f.name];
    const text = typeof v === 'string' ? v : '';
    let value: ConfigValue;
    switch (f.kind) {
      case 'boolean':
        value = v === true;
        break;
      case 'integer':
      case 'number':
        value = text.trim() ? Number(text.trim()) : null;
        break;
      case 'lines':
        value = lines(text);
        break;
      case 'secret':
        if (draft.cleared.includes(f.name) && text === '') value = null;
        else if (text === '') continue;
        else value = text;
        break;
      default: {
        const trimmed = f.kind === 'password' ? text : text.trim();
        value = trimmed === '' && textError(f, '') !== undefined ? null : trimmed;
      }
    }
    out[f.name] = value;
  }
  return out;
}

/**
 * A server message for one field as a sentence: the host says "is required" or "must be at least 0" about the
 * property, so those read after its label.
 */
export function fieldMessage(label: string, message: string): string {
  const m = message.trim();
  if (!/^[a-z]/.test(m)) return m;
  return `${label} ${m}${/[.!?]$/.test(m) ? '' : '.'}`;
}
