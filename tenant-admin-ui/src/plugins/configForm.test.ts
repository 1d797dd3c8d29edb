import { describe, expect, it } from 'vitest';
import { configFromDraft, draftErrors, draftFrom, fieldMessage, formFields, type Draft } from './configForm';
import type { ConfigSchema } from './types';

const schema: ConfigSchema = {
  type: 'object',
  required: ['host', 'password', 'mode'],
  properties: {
    host: { type: 'string', format: 'hostname', title: 'Mail server', description: 'IMAP host' },
    port: { type: 'integer', minimum: 1, maximum: 65535, default: 993 },
    from: { type: 'string', format: 'email' },
    webhook: { type: 'string', format: 'uri' },
    signature: { type: 'string', format: 'textarea', maxLength: 20, default: 'Thanks' },
    password: { type: 'string', writeOnly: true, title: 'Password' },
    token: { type: 'string', writeOnly: true },
    mode: { type: 'string', enum: ['imap', 'pop3'], default: 'imap' },
    tls: { type: 'boolean', default: true },
    threshold: { type: 'number', minimum: 0, maximum: 1, default: 0.55 },
    keywords: { type: 'array', items: { type: 'string' }, default: ['human', 'agent'], maxItems: 3 },
    code: { type: 'string', pattern: '^[A-Z]{3}$', minLength: 3 },
    note: { type: 'string' },
  },
};

const fields = formFields(schema, ['password']);
const field = (name: string) => fields.find((f) => f.name === name)!;
const withValues = (values: Record<string, string | boolean>, cleared: string[] = []): Draft => {
  const d = draftFrom(fields, schema, null);
  return { values: { ...d.values, ...values }, cleared };
};
const valid = { host: 'imap.example.com', password: '' }; // the password is stored already

describe('formFields', () => {
  it('picks an input per property, in the schema order, with labels, hints and required marks', () => {
    expect(fields.map((f) => [f.name, f.kind])).toEqual([
      ['host', 'hostname'], ['port', 'integer'], ['from', 'email'], ['webhook', 'url'], ['signature', 'textarea'],
      ['password', 'secret'], ['token', 'secret'], ['mode', 'select'], ['tls', 'boolean'], ['threshold', 'number'],
      ['keywords', 'lines'], ['code', 'text'], ['note', 'text'],
    ]);
    expect(field('host')).toMatchObject({ label: 'Mail server', hint: 'IMAP host', required: true });
    expect(field('port')).toMatchObject({ label: 'port', hint: undefined, required: false, minimum: 1, maximum: 65535 });
    expect(field('mode').options).toEqual(['imap', 'pop3']);
    expect(field('password').secretSet).toBe(true);
    expect(field('token').secretSet).toBe(false);
    expect(field('keywords').maxItems).toBe(3);
    expect(field('note').maxLength).toBe(10_000);
  });

  it('gives multi-line and long texts a textarea, so their line breaks survive', () => {
    const texts: ConfigSchema = {
      properties: {
        handoff: { type: 'string', maxLength: 1000, default: '好的，请稍候。\nPlease wait.' },
        short: { type: 'string', maxLength: 100, default: 'one line' },
        long: { type: 'string', maxLength: 500 },
        typed: { type: 'string' },
      },
    };
    expect(formFields(texts).map((f) => f.kind)).toEqual(['textarea', 'text', 'textarea', 'text']);
    expect(formFields(texts, [], { typed: 'first\nsecond' }).map((f) => f.kind)).toEqual(['textarea', 'text', 'textarea', 'textarea']);
    const f = formFields(texts);
    expect(configFromDraft(f, draftFrom(f, texts, null)).handoff).toBe('好的，请稍候。\nPlease wait.');
  });

  it('copes with a plugin that has no settings', () => {
    expect(formFields({ type: 'object' })).toEqual([]);
    expect(formFields(null)).toEqual([]);
  });
});

describe('draftFrom', () => {
  it('prefills the defaults for a plugin not configured yet', () => {
    expect(draftFrom(fields, schema, null).values).toEqual({
      host: '', port: '993', from: '', webhook: '', signature: 'Thanks', password: '', token: '', mode: 'imap',
      tls: true, threshold: '0.55', keywords: 'human\nagent', code: '', note: '',
    });
  });

  it('shows the stored values, never a secret', () => {
    const d = draftFrom(fields, schema, { host: 'mx.example.org', port: 143, tls: false, keywords: [], password: 'leak?' });
    expect(d.values).toMatchObject({ host: 'mx.example.org', port: '143', tls: false, keywords: '', password: '', mode: 'imap' });
  });
});

describe('draftErrors', () => {
  it('accepts a complete draft with the secret kept', () => {
    expect(draftErrors(fields, withValues(valid))).toEqual({});
  });

  it('marks missing required values, including a stored secret being cleared', () => {
    const errors = draftErrors(fields, withValues({ host: ' ', mode: '' }, ['password']));
    expect(errors).toEqual({ host: 'Required.', mode: 'Required.', password: 'Required: enter a new value instead of clearing it.' });
    const fresh = formFields(schema, []);
    expect(draftErrors(fresh, { ...withValues(valid), cleared: [] }).password).toBe('Required.');
  });

  it('checks numbers as the server does', () => {
    expect(draftErrors(fields, withValues({ ...valid, port: '0', threshold: '1.5' }))).toEqual({ port: 'At least 1.', threshold: 'At most 1.' });
    expect(draftErrors(fields, withValues({ ...valid, port: '99.5', threshold: 'abc' }))).toEqual({ port: 'Enter a whole number.', threshold: 'Enter a number.' });
    expect(draftErrors(fields, withValues({ ...valid, port: '0x10' })).port).toBe('Enter a whole number.');
    expect(draftErrors(fields, withValues({ ...valid, port: '', threshold: '.5' }))).toEqual({});
  });

  it('checks formats, lengths, patterns and list sizes', () => {
    const errors = draftErrors(
      fields,
      withValues({ ...valid, host: 'not a host', from: 'nobody', webhook: 'example.com/hook', signature: 'x'.repeat(21), code: 'ab', keywords: 'a\nb\n\nc\nd' }),
    );
    expect(errors).toEqual({
      host: 'Enter a host name, e.g. mail.example.com.',
      from: 'Enter a valid email address.',
      webhook: 'Enter an absolute URL, e.g. https://example.com/hook.',
      signature: 'At most 20 characters.',
      code: 'At least 3 characters.',
      keywords: 'At most 3 lines.',
    });
    expect(draftErrors(fields, withValues({ ...valid, code: 'abc' })).code).toBe('Must match ^[A-Z]{3}$.');
    expect(draftErrors(fields, withValues({ ...valid, from: 'a@b.co', webhook: 'https://x.example/h', code: 'ABC' }))).toEqual({});
  });
});

describe('configFromDraft', () => {
  it('turns the inputs into typed values', () => {
    const config = configFromDraft(fields, withValues({ ...valid, port: ' 143 ', keywords: ' human \n\n 人工 \n', note: '  hi ' }));
    expect(config).toEqual({
      host: 'imap.example.com', port: 143, from: null, webhook: null, signature: 'Thanks', mode: 'imap', tls: true,
      threshold: 0.55, keywords: ['human', '人工'], code: null, note: 'hi',
    });
  });

  it('omits a secret left empty, sends a new one, and null for a cleared one', () => {
    expect('password' in configFromDraft(fields, withValues(valid))).toBe(false);
    expect(configFromDraft(fields, withValues({ ...valid, password: ' s3cret ' })).password).toBe(' s3cret ');
    expect(configFromDraft(fields, withValues(valid, ['password'])).password).toBeNull();
  });

  it('sends an empty text as "" where the schema allows it, else null so the default applies', () => {
    const config = configFromDraft(fields, withValues({ ...valid, note: '', signature: '', mode: '', port: '', keywords: '' }));
    expect(config).toMatchObject({ note: '', signature: '', mode: null, port: null, keywords: [] });
  });
});

it('reads the server’s field messages as sentences', () => {
  expect(fieldMessage('Mail server', 'is required')).toBe('Mail server is required.');
  expect(fieldMessage('Port', 'must be at most 65535')).toBe('Port must be at most 65535.');
  expect(fieldMessage('Port', 'Too big.')).toBe('Too big.');
});
