// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { strings } from './i18n';
import type { Message } from './messages';
import { linkified, localUrl, renderContent, webUrl } from './render';

const t = strings('en');
const m = (type: string, content: any, over: Partial<Message> = {}): Message => ({
  id: 'm1', sessionId: 's1', seq: 1, type, content, sender: { type: 'servicer', name: 'Andy' },
  createdAt: '2025-01-01T00:00:00Z', ...over,
});
const render = (msg: Message, onMenu = vi.fn()) => renderContent(msg, t, onMenu);
const FILE = 'http://localhost:8080/api/v1/files/t/a?exp=1&sig=x';

describe('renderContent', () => {
  it('shows text as text, with web links, never as markup', () => {
    const el = render(m('text', { text: '<img src=x onerror=alert(1)> see https://example.com/a?b=1 now' }));
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.com/a?b=1');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows images and stickers inline from the panel origin', () => {
    const img = render(m('image', { url: FILE, name: 'cat.png' })).querySelector('img')!;
    expect(img.getAttribute('src')).toBe(`${location.origin}/api/v1/files/t/a?exp=1&sig=x`);
    expect(img.getAttribute('alt')).toBe('cat.png');
    expect(render(m('sticker', { url: FILE })).querySelector('img.sticker')).not.toBeNull();
  });

  it('plays video and voice', () => {
    expect(render(m('video', { url: FILE })).querySelector('video[controls]')).not.toBeNull();
    expect(render(m('voice', { url: FILE })).querySelector('audio[controls]')).not.toBeNull();
  });

  it('shows a file card with name, size and a download link', () => {
    const el = render(m('file', { url: FILE, name: 'invoice.pdf', size: 2048, contentType: 'application/pdf' }));
    expect(el.querySelector('.title')!.textContent).toBe('invoice.pdf');
    expect(el.textContent).toContain('2 KB · application/pdf');
    expect(el.querySelector('a')!.textContent).toBe('Download');
  });

  it('shows a location with its coordinates and a map link', () => {
    const el = render(m('location', { latitude: 31.2304, longitude: 121.4737, name: 'Office', address: 'Nanjing Rd' }));
    expect(el.textContent).toContain('Office');
    expect(el.textContent).toContain('Nanjing Rd');
    expect(el.textContent).toContain('31.23040, 121.47370');
    expect(el.querySelector('a')!.getAttribute('href')).toContain('mlat=31.2304&mlon=121.4737');
  });

  it('shows a business card with phone and email links', () => {
    const el = render(m('business_card', { name: 'Li Lei', title: 'Sales', company: 'Acme', phone: '+86 10 1234',
      email: 'li@acme.example' }));
    expect(el.querySelector('.title')!.textContent).toBe('Li Lei');
    expect(el.textContent).toContain('Sales · Acme');
    expect(el.querySelector('a[href="tel:+86101234"]')).not.toBeNull();
    expect(el.querySelector('a[href="mailto:li@acme.example"]')).not.toBeNull();
  });

  it('shows a link card without fetching a third-party thumbnail', () => {
    const el = render(m('link', { title: 'Docs', url: 'https://docs.example.com/x', description: 'Read me',
      thumbUrl: 'https://cdn.example.net/t.png' }));
    expect(el.querySelector('a')!.getAttribute('href')).toBe('https://docs.example.com/x');
    expect(el.textContent).toContain('Read me');
    expect(el.textContent).toContain('docs.example.com');
    expect(el.querySelector('img')).toBeNull();
  });

  it('turns menu options into buttons that answer with their id, and view options into links', () => {
    const onMenu = vi.fn();
    const el = render(m('menu', { head: 'Pick one', tail: 'Thanks', items: [
      { type: 'click', id: 'yes', content: 'Yes please' },
      { type: 'view', id: 'web', content: 'Our site', url: 'https://shop.example.com' },
    ] }), onMenu);
    expect(el.textContent).toContain('Pick one');
    const button = el.querySelector('button')!;
    expect(button.textContent).toBe('Yes please');
    button.click();
    expect(onMenu).toHaveBeenCalledWith({ id: 'yes', content: 'Yes please' });
    expect(el.querySelector('a')!.getAttribute('href')).toBe('https://shop.example.com/');
  });

  it('says when a message was recalled or cannot be shown', () => {
    expect(render(m('text', null, { recalledAt: '2025-01-01T00:01:00Z' })).textContent).toBe(t.recalled);
    expect(render(m('hologram', {})).textContent).toBe(t.unsupported);
  });
});

describe('urls', () => {
  it('keeps only web links', () => {
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl('https://a.example/')).toBe('https://a.example/');
    expect(localUrl('javascript:alert(1)')).toBeNull();
    expect(localUrl(FILE, 'https://fd.example.com')).toBe('https://fd.example.com/api/v1/files/t/a?exp=1&sig=x');
  });

  it('linkifies only http(s)', () => {
    const parts = linkified('a ftp://x b http://y.example c');
    expect(parts.filter((p) => typeof p !== 'string')).toHaveLength(1);
  });
});
