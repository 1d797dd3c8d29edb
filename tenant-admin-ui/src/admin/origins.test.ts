import { describe, expect, it } from 'vitest';
import { MAX_ORIGINS, normalizeOrigin, originError, parseOrigins } from './origins';

describe('normalizeOrigin', () => {
  it('accepts scheme://host[:port] and lower-cases it', () => {
    expect(normalizeOrigin('https://Shop.Example.com')).toBe('https://shop.example.com');
    expect(normalizeOrigin(' http://localhost:5173/ ')).toBe('http://localhost:5173');
    expect(normalizeOrigin('https://[::1]:8443')).toBe('https://[::1]:8443');
    expect(normalizeOrigin('https://xn--bcher-kva.example')).toBe('https://xn--bcher-kva.example');
  });

  it('refuses anything else', () => {
    for (const bad of ['shop.example.com', 'ftp://shop.example.com', 'https://shop.example.com/chat', 'https://a@shop.example.com',
      'https://shop.example.com?x=1', 'https://shop_example.com', 'https://shop.example.com:70000', 'https://', 'https://-a.com']) {
      expect(normalizeOrigin(bad), bad).toBeUndefined();
    }
  });
});

describe('originError', () => {
  it('says how to fix common mistakes', () => {
    expect(originError('shop.example.com')).toContain('https://shop.example.com');
    expect(originError('ftp://shop.example.com')).toContain('https:// or http://');
    expect(originError('https://shop.example.com/chat')).toContain('path');
    expect(originError('https://shop.example.com')).toBeUndefined();
  });
});

describe('parseOrigins', () => {
  it('reads one per line, skips blanks and de-duplicates', () => {
    expect(parseOrigins('https://a.example\n\n  https://A.example/ \nhttp://localhost:3000')).toEqual({
      origins: ['https://a.example', 'http://localhost:3000'],
    });
  });

  it('reports every bad line', () => {
    const r = parseOrigins('a.example\nhttps://ok.example\nhttps://b.example/x');
    expect(r.error).toContain('a.example');
    expect(r.error).toContain('https://b.example/x');
  });

  it(`allows at most ${MAX_ORIGINS}`, () => {
    const many = Array.from({ length: MAX_ORIGINS + 1 }, (_, i) => `https://s${i}.example`).join('\n');
    expect(parseOrigins(many).error).toContain(`${MAX_ORIGINS}`);
  });
});
