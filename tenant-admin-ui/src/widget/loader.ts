// widget.js: the one tag a company puts on its site. It draws a launcher button in a shadow root (the
// host page's CSS cannot reach in) and shows the chat panel in an iframe served by Frontdesk (the host page's
// scripts cannot reach in, and the panel cannot read the host page). Styles go in through the CSSOM
// (constructable stylesheets and element.style), never as <style> text or style attributes, so a host page whose
// CSP allows only Frontdesk's origin can still show it.
import { fill, pickLocale, strings } from './i18n';
import { icon, ICONS } from './dom';
import { isOurs, NS, type HostConfig, type ToPanel } from './protocol';
import { LOADER_CSS } from './loader-css';

type Entry =
  | { state: 'ok'; messagesOnly: boolean }
  | { state: 'refused' | 'invalid' | 'offline'; detail?: string };

const script = (document.currentScript ??
  document.querySelector('script[data-entry][src*="/widget.js"]')) as HTMLScriptElement | null;

if (script && !(window as any).__frontdeskWidget) {
  (window as any).__frontdeskWidget = true;
  const origin = new URL(script.src, location.href).origin;
  const key = script.getAttribute('data-entry') ?? '';
  const config: HostConfig = (window as any).Frontdesk ?? {};
  const t = strings(pickLocale(config.locale, navigator.languages ?? [navigator.language]));
  const remembered = 'frontdesk.active.' + key; // this visitor has chatted here: connect early for the badge
  const tokenKey = 'frontdesk.token.' + key; // only where the panel may not store it itself
  const store = (k: string, v?: string): string | null => {
    try {
      if (v !== undefined) localStorage.setItem(k, v);
      return localStorage.getItem(k);
    } catch {
      return null; // storage blocked: the badge waits for the first open, and the visit starts fresh
    }
  };

  const host = document.createElement('frontdesk-widget');
  for (const [p, v] of Object.entries({ position: 'fixed', 'z-index': '2147483000', right: '0', bottom: '0',
    width: '0', height: '0', display: 'block', margin: '0', padding: '0', border: '0' })) {
    host.style.setProperty(p, v, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const adopt = (root as any).adoptedStyleSheets !== undefined && 'replaceSync' in CSSStyleSheet.prototype;
  if (adopt) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LOADER_CSS);
    (root as any).adoptedStyleSheets = [sheet];
  } else {
    // Older browsers: a <style> element (a strict style-src would block it, but these browsers are rare).
    root.appendChild(document.createElement('style')).textContent = LOADER_CSS;
  }

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-haspopup', 'dialog');
  launcher.append(icon(ICONS.chat));
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true');
  launcher.append(badge);

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t.chat);
  root.append(panel, launcher);

  let entry: Promise<Entry> | null = null;
  let frame: HTMLIFrameElement | null = null;
  let open = false;
  let unread = 0;

  const label = () => {
    launcher.setAttribute('aria-label', open ? t.close : unread ? `${t.open} (${fill(t.unread, { n: unread })})` : t.open);
    badge.textContent = unread ? String(Math.min(unread, 99)) : '';
    launcher.classList.toggle('has-unread', unread > 0);
  };

  const check = (): Promise<Entry> =>
    fetch(`${origin}/api/v1/visitor/entry/${encodeURIComponent(key)}`, { credentials: 'omit' }).then(
      async (res): Promise<Entry> => {
        if (res.ok) {
          const body = await res.json().catch(() => null);
          return { state: 'ok', messagesOnly: body?.account?.messagesOnly === true };
        }
        const body = await res.json().catch(() => null);
        return { state: res.status === 403 ? 'refused' : res.status === 404 ? 'invalid' : 'offline', detail: body?.detail };
      },
      (): Entry => ({ state: 'offline' }),
    );

  let panelReady = false; // the panel page has loaded (before that the frame still holds about:blank)
  const post = (m: ToPanel) => panelReady && frame?.contentWindow?.postMessage(m, origin);

  const ensureFrame = () => {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.title = t.chat;
    frame.src = `${origin}/c/${encodeURIComponent(key)}?embed=1`;
    panel.replaceChildren(frame);
  };

  const refusal = (e: Exclude<Entry, { state: 'ok' }>) => {
    const box = document.createElement('div');
    box.className = 'refusal';
    const text = document.createElement('p');
    text.setAttribute('role', 'alert');
    text.textContent = e.state === 'refused' ? t.refused : e.state === 'invalid' ? t.noEntry : t.offline;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', t.close);
    close.append(icon(ICONS.close));
    close.onclick = () => show(false);
    box.append(close, text);
    panel.replaceChildren(box);
    panel.classList.add('small');
    if (e.state === 'offline') entry = null; // try again on the next open
  };

  const show = async (wanted: boolean) => {
    open = wanted;
    panel.classList.toggle('open', wanted);
    launcher.setAttribute('aria-expanded', String(wanted));
    label();
    if (!wanted) {
      post({ ns: NS, type: 'visible', visible: false });
      launcher.focus();
      return;
    }
    const e = await (entry ??= check());
    if (!open) return;
    if (e.state !== 'ok') {
      refusal(e);
      (panel.querySelector('button') as HTMLElement | null)?.focus();
      return;
    }
    panel.classList.remove('small');
    ensureFrame();
    post({ ns: NS, type: 'visible', visible: true });
    frame!.focus();
  };

  launcher.onclick = () => void show(!open);
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && open) void show(false);
  });

  window.addEventListener('message', (e) => {
    if (!frame || e.source !== frame.contentWindow || e.origin !== origin || !isOurs(e.data)) return;
    const m = e.data as { type: string; count?: number; token?: unknown };
    if (m.type === 'ready') {
      panelReady = true;
      // The identity and scene go by message to Frontdesk's exact origin, never in the URL (logs, referrers).
      // The frame exists only after the entry check answered ok.
      void entry?.then((e) => post({ ns: NS, type: 'init',
        config: { user: config.user, sceneParam: config.sceneParam, locale: config.locale },
        visible: open, token: store(tokenKey), messagesOnly: e.state === 'ok' && e.messagesOnly }));
    } else if (m.type === 'unread') {
      unread = open ? 0 : m.count ?? 0;
      label();
    } else if (m.type === 'close') {
      void show(false);
    } else if (m.type === 'active') {
      store(remembered, '1');
    } else if (m.type === 'token' && typeof m.token === 'string') {
      store(tokenKey, m.token);
    }
  });

  label();
  const mount = () => {
    document.body.appendChild(host);
    if (store(remembered) === '1') {
      void (entry ??= check()).then((e) => e.state === 'ok' && ensureFrame());
    }
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
}
