import { describe, expect, it } from 'vitest';
import { fill, pickLocale, strings } from './i18n';

describe('pickLocale', () => {
  it('takes the locale the host page asks for', () => {
    expect(pickLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLocale('en', ['zh-CN'])).toBe('en');
  });

  it('falls back to the first browser language it knows', () => {
    expect(pickLocale(undefined, ['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(pickLocale('de', ['ZH-tw'])).toBe('zh-CN');
    expect(pickLocale(null, ['en-GB', 'zh-CN'])).toBe('en');
  });

  it('is English when nothing matches', () => {
    expect(pickLocale('ja', ['fr', 'de'])).toBe('en');
    expect(pickLocale('', [])).toBe('en');
  });
});

describe('strings', () => {
  it('has every English key in Chinese, translated', () => {
    const en = strings('en');
    const zh = strings('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(zh.send).toBe('发送');
    expect(en.send).toBe('Send');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill(strings('en').queue, { n: 3 })).toBe('You are number 3 in the queue.');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
