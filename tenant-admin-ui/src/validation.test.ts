import { describe, expect, it } from 'vitest';
import { passwordError, slugError, suggestSlug } from './validation';

describe('suggestSlug', () => {
  it('lowercases, strips accents and joins words with hyphens', () => {
    expect(suggestSlug('Café Ünïcorn GmbH')).toBe('cafe-unicorn-gmbh');
    expect(suggestSlug('  ACME, Inc. ')).toBe('acme-inc');
  });
  it('starts with a letter and stays within 40 chars', () => {
    expect(suggestSlug('42 Widgets')).toBe('widgets');
    const long = suggestSlug('a'.repeat(39) + ' b');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('slugError', () => {
  it('accepts valid slugs and rejects others', () => {
    expect(slugError('acme-2')).toBeUndefined();
    expect(slugError('ab')).toBeDefined();
    expect(slugError('2acme')).toBeDefined();
    expect(slugError('Acme')).toBeDefined();
    expect(slugError('a'.repeat(41))).toBeDefined();
  });
});

describe('passwordError', () => {
  it('needs at least 10 characters', () => {
    expect(passwordError('123456789')).toBeDefined();
    expect(passwordError('1234567890')).toBeUndefined();
  });
});
