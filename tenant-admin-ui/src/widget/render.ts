// One message as DOM, for every type the core has (conversation/MessageContent): text, image, video, voice,
// sticker, file, location, business card, link and menu. Data only ever becomes text nodes and attributes.
import { h } from './dom';
import { formatSize } from './limits';
import type { Message } from './messages';
import type { Strings } from './i18n';

export interface MenuClick {
  id: string;
  content: string;
}

/**
 * Signed download links are absolute, built from the server's configured public address; the panel is served by
 * that same server, so it uses the path on its own origin (right even when the configured address is not the one
 * the browser used). Anything that is not a web URL becomes nothing.
 */
export function localUrl(url: unknown, origin = location.origin): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url, origin);
    if (u.pathname.startsWith('/api/v1/files/')) return origin + u.pathname + u.search;
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Only http(s) links may be opened from a message. */
export function webUrl(url: unknown): string | null {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

function link(href: string | null, text: string, cls?: string): HTMLElement {
  return href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: cls }, text) : h('span', null, text);
}

/** Text with its web addresses as links. */
export function linkified(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  const re = /https?:\/\/[^\s<>"']+/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(last, m.index));
    out.push(link(webUrl(m[0]), m[0]));
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((x) => x !== '');
}

function row(label: string | null | undefined, value: Node | string | null | undefined): HTMLElement | null {
  return value ? h('div', { class: 'row' }, label ? h('span', { class: 'label' }, label + ' ') : null, value) : null;
}

export function renderContent(m: Message, t: Strings, onMenu: (c: MenuClick) => void): HTMLElement {
  if (m.recalledAt || m.content == null) return h('div', { class: 'bubble note' }, t.recalled);
  const c = m.content;
  switch (m.type) {
    case 'text':
      return h('div', { class: 'bubble text' }, linkified(String(c.text ?? '')));
    case 'image':
    case 'sticker': {
      const src = localUrl(c.url);
      const img = h('img', { src, alt: c.name || t.k_image, loading: 'lazy', class: m.type });
      return h('div', { class: 'bubble media' }, src ? h('a', { href: src, target: '_blank', rel: 'noopener' }, img) : img);
    }
    case 'video':
      return h('div', { class: 'bubble media' },
        h('video', { src: localUrl(c.url), controls: true, preload: 'metadata', 'aria-label': c.name || t.k_video }));
    case 'voice':
      return h('div', { class: 'bubble media' },
        h('audio', { src: localUrl(c.url), controls: true, preload: 'metadata', 'aria-label': c.name || t.k_voice }));
    case 'file':
      return h('div', { class: 'bubble card file' },
        h('div', { class: 'title' }, String(c.name || t.k_file)),
        h('div', { class: 'meta' }, [c.size != null ? formatSize(c.size) : '', c.contentType || ''].filter(Boolean).join(' · ')),
        link(localUrl(c.url), t.download, 'action'));
    case 'location': {
      const lat = Number(c.latitude);
      const lon = Number(c.longitude);
      const map = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
      return h('div', { class: 'bubble card location' },
        h('div', { class: 'title' }, String(c.name || t.location)),
        c.address ? h('div', null, String(c.address)) : null,
        h('div', { class: 'meta' }, `${lat.toFixed(5)}, ${lon.toFixed(5)}`),
        link(map, t.map, 'action'));
    }
    case 'business_card':
      return h('div', { class: 'bubble card contact' },
        h('div', { class: 'title' }, String(c.name)),
        row(null, [c.title, c.company].filter(Boolean).join(' · ')),
        row(null, c.phone ? h('a', { href: 'tel:' + String(c.phone).replace(/[^\d+]/g, '') }, String(c.phone)) : null),
        row(null, c.email ? h('a', { href: 'mailto:' + String(c.email) }, String(c.email)) : null));
    case 'link': {
      const href = webUrl(c.url);
      const thumb = localUrl(c.thumbUrl);
      return h('div', { class: 'bubble card link' },
        // Only thumbnails on Frontdesk itself: the panel asks no third party for anything.
        thumb && thumb.startsWith(location.origin + '/') ? h('img', { src: thumb, alt: '', class: 'thumb' }) : null,
        link(href, String(c.title), 'title'),
        c.description ? h('div', null, String(c.description)) : null,
        href ? h('div', { class: 'meta' }, new URL(href).host) : null);
    }
    case 'menu':
      return h('div', { class: 'bubble card menu' },
        c.head ? h('div', null, String(c.head)) : null,
        h('div', { class: 'options', role: 'group' },
          (Array.isArray(c.items) ? c.items : []).map((item: any) =>
            item.type === 'view'
              ? link(webUrl(item.url), String(item.content), 'option')
              : h('button', {
                  type: 'button',
                  class: 'option',
                  onclick: () => onMenu({ id: String(item.id), content: String(item.content) }),
                }, String(item.content)))),
        c.tail ? h('div', null, String(c.tail)) : null);
    default:
      return h('div', { class: 'bubble note' }, t.unsupported);
  }
}
