// The chat panel: /c/{key} full screen (links, QR codes) and /c/{key}?embed=1 inside the widget's iframe.
import { ProblemError, visitorApi, type AccountCard, type Identity } from './api';
import { h, icon, ICONS } from './dom';
import { EMOJI } from './emoji';
import { fill, pickLocale, strings, type Locale, type Strings } from './i18n';
import { leaveForm, type LeaveFields } from './leave';
import { check, formatSize, kindOf, type Kind } from './limits';
import { Live, socketUrl, type Frame } from './live';
import { CLOSED, Conversation, newClientMsgId, QUEUED, type Message, type Pending, type SessionInfo } from './messages';
import { isOurs, NS, type HostConfig, type ToHost } from './protocol';
import { renderContent, type MenuClick } from './render';
import './panel.css';

const params = new URLSearchParams(location.search);
const entryKey = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const embedded = params.get('embed') === '1';
const preview = params.get('preview') === '1'; // the admin console's live preview: opens no session
const HISTORY_SESSIONS = 3; // earlier sessions shown above the current one

let t: Strings = strings('en');
let locale: Locale = 'en';
let visible = !embedded;
let hostOrigin = '*'; // learnt from the loader's init message
let token = '';
let scene: string | null = null;
/** The loader's entry check said no new conversation can start: only an open one is resumed. */
let messagesOnly = false;
let account: AccountCard | null = null;
let session: SessionInfo | null = null;
const conv = new Conversation();
const staffRead = new Map<string, number>(); // per session: the highest seq staff have read
let seenSeq = 0; // in the current session: the highest seq the visitor has seen
let readSent = 0;
let readsUnsupported = false;
let queuePosition: number | null = null;
let connected = true;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
let lastTypingSent = 0;
let live: Live | null = null;
let alertText = '';
let lastUnread = -1;
const uploads = new Map<string, string>(); // clientMsgId → uploaded attachment id (for retries)

// ---- the page's parts ----------------------------------------------------------------------------------------
const avatar = h('div', { class: 'avatar', 'aria-hidden': 'true' });
const title = h('h1', { id: 'fd-title' });
const status = h('div', { class: 'status' });
const closeButton = h('button', { type: 'button', class: 'icon close', onclick: () => toHost({ ns: NS, type: 'close' }) });
const notices = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
const alertBox = h('div', { class: 'alert', role: 'alert' });
const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: '0' });
const typing = h('div', { class: 'typing', 'aria-live': 'polite' });
const input = h('textarea', { rows: '1', maxlength: '4000' });
const picker = h('div', { class: 'picker', role: 'group', hidden: true });
const emojiButton = h('button', { type: 'button', class: 'icon', 'aria-expanded': 'false', onclick: () => togglePicker() });
const imageInput = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp,video/*', hidden: true });
const fileInput = h('input', { type: 'file', hidden: true });
const imageButton = h('button', { type: 'button', class: 'icon', onclick: () => imageInput.click() });
const fileButton = h('button', { type: 'button', class: 'icon', onclick: () => fileInput.click() });
const sendButton = h('button', { type: 'submit', class: 'icon send' });
const composer = h('form', { class: 'composer' },
  picker, emojiButton, imageButton, fileButton, input, sendButton, imageInput, fileInput);
const headerBar = h('header', null, avatar, h('div', { class: 'who' }, title, status), embedded ? closeButton : null);
const main = h('main', { class: embedded ? 'panel embedded' : 'panel', 'aria-labelledby': 'fd-title' },
  headerBar, notices, alertBox, log, typing, composer);

emojiButton.append(icon(ICONS.smile));
imageButton.append(icon(ICONS.image));
fileButton.append(icon(ICONS.clip));
sendButton.append(icon(ICONS.send));
closeButton.append(icon(ICONS.close));

// ---- start ----------------------------------------------------------------------------------------------------
function start(config: HostConfig, hostToken: string | null = null): void {
  locale = pickLocale(config.locale ?? params.get('lang'), navigator.languages ?? [navigator.language]);
  t = strings(locale);
  document.documentElement.lang = locale;
  labels();
  document.body.replaceChildren(main);
  const user = config.user;
  const identity: Identity | null = user?.id && user.hmac ? { userId: user.id, name: user.name, hmac: user.hmac } : null;
  const sceneParam = config.sceneParam ?? params.get('scene_param');
  scene = sceneParam;
  // Loaded hidden for a returning visitor (for the unread badge): resume their open conversation, if any, but
  // start nothing and record no visit until the panel is shown.
  void open(sceneParam, identity, hostToken, !visible);
}

/** A hidden panel that found nothing to resume; it opens the chat when first shown. */
let dormant: (() => void) | null = null;

function labels(): void {
  title.textContent = t.chat;
  closeButton.setAttribute('aria-label', t.close);
  log.setAttribute('aria-label', t.messages);
  input.setAttribute('placeholder', t.placeholder);
  input.setAttribute('aria-label', t.placeholder);
  emojiButton.setAttribute('aria-label', t.emoji);
  picker.setAttribute('aria-label', t.emoji);
  imageButton.setAttribute('aria-label', t.image);
  fileButton.setAttribute('aria-label', t.file);
  sendButton.setAttribute('aria-label', t.send);
  picker.replaceChildren(...EMOJI.map((e) => h('button', { type: 'button', onclick: () => insert(e) }, e)));
}

const storageKey = 'frontdesk.v1.' + entryKey;

let sessionOpened: () => void;
const sessionReady = new Promise<void>((resolve) => (sessionOpened = resolve));

async function open(
  sceneParam: string | null, identity: Identity | null, hostToken: string | null, resumeOnly = false,
): Promise<void> {
  // Anonymous visitors keep their token to find their history again; an identified user's token is not
  // stored, or the next anonymous visitor on this browser would read that user's conversation. Where the
  // browser denies a third-party frame its storage, the loader keeps the token in the host page's instead.
  let stored: string | null = null;
  let ownStorage = true;
  try {
    stored = identity ? null : localStorage.getItem(storageKey);
  } catch {
    ownStorage = false;
  }
  stored ??= identity ? null : hostToken;
  try {
    if (messagesOnly && !resumeOnly && !stored && !identity) {
      await leaveMessage(null); // nothing to resume, and nothing new can start
      return;
    }
    const opened = await visitorApi.open(entryKey, sceneParam, stored, identity, resumeOnly || messagesOnly);
    token = opened.visitorToken;
    account = opened.account;
    if (!identity) {
      try {
        localStorage.setItem(storageKey, token);
      } catch {
        ownStorage = false;
      }
      if (!ownStorage) toHost({ ns: NS, type: 'token', token });
    }
    useSession(opened.session);
    sessionOpened();
    header();
    toHost({ ns: NS, type: 'active' });
    await history(opened.session);
    live = new Live({
      url: socketUrl(location),
      hello: () => ({ visitorToken: token, sessionId: session!.id, afterSeq: conv.contiguousSeq(session!.id) }),
      onFrame: frame,
      onState: (up, final) => {
        connected = up || !!final;
        render();
      },
    });
    live.start();
    render();
    if (visible) input.focus();
  } catch (e) {
    if (resumeOnly) { // nothing to resume: start the chat once shown (now, if it was shown meanwhile)
      const wake = () => void open(sceneParam, identity, hostToken);
      if (visible) wake();
      else dormant = wake;
      return;
    }
    if (e instanceof ProblemError && (e.quotaExceeded || (messagesOnly && e.status === 404))) {
      await leaveMessage(stored); // a new conversation was refused (or would be): never a broken widget
      return;
    }
    fatal(e instanceof ProblemError && e.status === 404 ? t.noEntry
      : e instanceof ProblemError && e.status === 403 ? t.refused : t.offline);
  }
}

/** Reads the current session's messages and a few earlier sessions' (newest first, so older go above). */
async function history(current: SessionInfo): Promise<void> {
  let after = 0;
  for (;;) {
    const page = await visitorApi.messages(token, current.id, after);
    conv.add(page.messages);
    if (page.messages.length < 500) break;
    after = page.messages[page.messages.length - 1].seq;
  }
  let previous = current.previousSessionId;
  for (let i = 0; previous && i < HISTORY_SESSIONS; i++) {
    try {
      const page = await visitorApi.messages(token, previous, 0);
      older.add(previous);
      conv.addEarlier(previous, page.messages);
      noteReads(page.session);
      previous = page.session.previousSessionId;
    } catch {
      break; // an earlier session through another entry point's origin rules: show what we have
    }
  }
}

/**
 * Shows the leave-a-message form in place of the chat, with the company's card in the header. {@code known}: the
 * visitor's token from an earlier chat, so staff see who wrote; {@code text}: what they had tried to send.
 */
async function leaveMessage(known: string | null, text = ''): Promise<void> {
  if (!account) {
    try {
      account = (await visitorApi.entry(entryKey)).account;
    } catch {
      // the header keeps saying "Chat"
    }
  }
  header();
  status.textContent = '';
  live?.stop();
  const submit = (f: LeaveFields) =>
    visitorApi.leave({ entryKey, sceneParam: scene || undefined, visitorToken: known || undefined, ...f }).then(
      () => undefined,
      (e) => {
        throw new Error(e instanceof ProblemError && e.status ? e.message : t.offline);
      });
  const form = leaveForm(t, submit, text);
  main.replaceChildren(headerBar, form);
  if (visible) (form.querySelector('input') as HTMLInputElement | null)?.focus();
}

function fatal(text: string): void {
  document.body.replaceChildren(
    h('main', { class: embedded ? 'panel embedded' : 'panel', 'aria-labelledby': 'fd-title' },
      h('header', null, h('div', { class: 'who' }, h('h1', { id: 'fd-title' }, t.chat)), embedded ? closeButton : null),
      h('p', { class: 'fatal', role: 'alert' }, text)));
}

// ---- state from the server --------------------------------------------------------------------------------------
function useSession(s: SessionInfo): void {
  if (!session || session.id !== s.id) {
    seenSeq = s.customerReadSeq ?? 0;
    readSent = seenSeq;
  }
  session = s;
  queuePosition = s.stateCode === QUEUED ? s.queuePosition ?? queuePosition : null;
  noteReads(s);
}

function noteReads(s: SessionInfo): void {
  if (typeof s.staffReadSeq === 'number') staffRead.set(s.id, Math.max(staffRead.get(s.id) ?? 0, s.staffReadSeq));
  if (s.id === session?.id && typeof s.customerReadSeq === 'number') seenSeq = Math.max(seenSeq, s.customerReadSeq);
}

function frame(f: Frame): void {
  const d = f.data ?? {};
  switch (f.type) {
    case 'ready':
      useSession(d);
      break;
    case 'message':
    case 'recall':
      conv.add([d]);
      if (d.sender?.type !== 'customer' && d.sessionId === session?.id) setTyping(false);
      if (d.sessionId && session && d.sessionId !== session.id && !older.has(d.sessionId)) {
        // a new session began (the old one closed and the visitor wrote again): follow it
        switchTo({ id: d.sessionId, stateCode: 0, lastSeq: d.seq });
      }
      break;
    case 'session_status_change':
      if (session && f.sessionId === session.id) {
        session.stateCode = d.toState;
        if (d.toState !== QUEUED) queuePosition = null;
      }
      break;
    case 'queue_position':
      if (session && f.sessionId === session.id) queuePosition = d.position ?? null;
      break;
    case 'typing':
      if (d.from !== 'customer' && f.sessionId === session?.id) setTyping(true);
      return;
    case 'read':
      if (d.reader === 'staff') staffRead.set(d.sessionId, Math.max(staffRead.get(d.sessionId) ?? 0, d.seq));
      else if (d.sessionId === session?.id) seenSeq = Math.max(seenSeq, d.seq); // read on another device
      break;
    default:
      return; // pong, error frames (the socket closes itself when they are final)
  }
  render();
}

/** Sessions before the current one: their messages are history, never a reason to switch. */
const older = new Set<string>();

function switchTo(s: SessionInfo): void {
  if (session && session.id !== s.id) older.add(session.id);
  useSession(s);
}

function setTyping(on: boolean): void {
  clearTimeout(typingTimer);
  typing.textContent = on ? t.typing : '';
  if (on) typingTimer = setTimeout(() => setTyping(false), 6000);
}

// ---- sending ----------------------------------------------------------------------------------------------------
composer.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  grow();
  void send({ clientMsgId: newClientMsgId(), type: 'text', content: { text } });
});

input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    composer.requestSubmit();
  }
});

input.addEventListener('input', () => {
  grow();
  const now = Date.now();
  if (session && input.value && now - lastTypingSent > 2000) {
    lastTypingSent = now;
    live?.send({ type: 'typing', sessionId: session.id });
  }
});

function grow(): void {
  input.rows = Math.min(5, Math.max(1, input.value.split('\n').length));
}

async function send(p: Pending): Promise<void> {
  if (!conv.pending.includes(p)) conv.pending.push(p);
  p.error = undefined;
  if (!p.file) showAlert(''); // an upload refused earlier is old news once the visitor goes on
  render(true);
  await sessionReady; // a visitor may write before the session has opened
  try {
    let content = p.content;
    if (p.file) {
      let id = uploads.get(p.clientMsgId);
      if (!id) {
        id = (await visitorApi.upload(token, session!.id, p.kind!, p.file, (percent) => {
          p.progress = percent;
          render();
        })).id;
        uploads.set(p.clientMsgId, id);
      }
      content = { attachmentId: id };
    }
    const posted = await visitorApi.send(token, { sessionId: session!.id, clientMsgId: p.clientMsgId, type: p.type, content });
    switchTo(posted.session);
    conv.add([posted.message]);
    uploads.delete(p.clientMsgId);
  } catch (e) {
    if (e instanceof ProblemError && e.quotaExceeded) { // the session had ended, and no new one can start
      conv.pending.splice(conv.pending.indexOf(p), 1);
      await leaveMessage(token, typeof p.content.text === 'string' ? p.content.text : '');
      return;
    }
    p.error = e instanceof ProblemError && e.status ? e.message : t.offline;
  }
  render();
}

function sendFile(file: File, kind: Kind): void {
  const refusal = check(file, kind);
  if (refusal) {
    const values = { name: file.name, kind: t[`k_${kind}`], max: formatSize(refusal.max), formats: refusal.formats };
    showAlert(fill(t[refusal.reason], values));
    return;
  }
  showAlert('');
  void send({ clientMsgId: newClientMsgId(), type: kind, kind, file, content: { name: file.name }, progress: 0 });
}

imageInput.addEventListener('change', () => {
  const file = imageInput.files?.[0];
  imageInput.value = '';
  if (file) sendFile(file, kindOf(file) === 'video' ? 'video' : 'image');
});

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (file) sendFile(file, 'file');
});

function menuClick(c: MenuClick): void {
  void send({ clientMsgId: newClientMsgId(), type: 'text', content: { text: c.content, menuId: c.id } });
}

function showAlert(text: string): void {
  alertText = text;
  alertBox.textContent = text;
}

// ---- emoji ------------------------------------------------------------------------------------------------------
function togglePicker(show = picker.hidden): void {
  picker.hidden = !show;
  emojiButton.setAttribute('aria-expanded', String(show));
  if (show) (picker.firstElementChild as HTMLElement | null)?.focus();
}

function insert(emoji: string): void {
  const at = input.selectionStart ?? input.value.length;
  input.value = input.value.slice(0, at) + emoji + input.value.slice(input.selectionEnd ?? at);
  input.selectionStart = input.selectionEnd = at + emoji.length;
  togglePicker(false);
  input.focus();
}

picker.addEventListener('keydown', (e) => {
  const buttons = [...picker.querySelectorAll('button')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 6, ArrowUp: -6 }[e.key];
  if (step && i >= 0) {
    e.preventDefault();
    buttons[(i + step + buttons.length) % buttons.length].focus();
  }
});

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  if (!picker.hidden) {
    togglePicker(false);
    emojiButton.focus();
  } else if (embedded) {
    toHost({ ns: NS, type: 'close' });
  }
});

// ---- rendering --------------------------------------------------------------------------------------------------
const nodes = new Map<string, { el: HTMLElement; status: HTMLElement }>();

function header(): void {
  if (!account) return;
  title.textContent = account.name;
  const src = account.avatarUrl ? new URL(account.avatarUrl, location.origin) : null;
  avatar.replaceChildren(src
    ? h('img', { src: location.origin + src.pathname + src.search, alt: '' })
    : document.createTextNode(account.name.slice(0, 1).toUpperCase()));
}

function render(scroll = false): void {
  if (!session) return;
  const nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  status.textContent = account?.open ? t.online : t.away;
  status.className = account?.open ? 'status on' : 'status';
  const notes: string[] = [];
  if (!connected) notes.push(t.reconnecting);
  if (account && !account.open) notes.push(t.offHours);
  if (queuePosition) notes.push(fill(t.queue, { n: queuePosition }));
  if (session.stateCode === CLOSED) notes.push(t.closed);
  notices.replaceChildren(...notes.map((n) => h('p', null, n)));
  alertBox.textContent = alertText;

  const items: Node[] = [];
  let previousSender = '';
  const list = conv.list();
  list.forEach(({ message: m, firstOfSession }, i) => {
    if (firstOfSession && i > 0) items.push(h('div', { class: 'separator', role: 'separator' }, t.earlier));
    const key = `${m.sessionId}:${m.seq}:${m.recalledAt ? 'r' : ''}:${locale}`;
    let node = nodes.get(key);
    if (!node) {
      node = message(m);
      nodes.set(key, node);
    }
    const sender = m.sender.type + ':' + (m.sender.id ?? '');
    node.el.classList.toggle('continued', sender === previousSender && !firstOfSession);
    previousSender = sender;
    if (m.sender.type === 'customer') {
      node.status.textContent = m.seq <= (staffRead.get(m.sessionId) ?? 0) ? t.read : '';
    }
    items.push(node.el);
  });
  for (const p of conv.pending) items.push(pendingNode(p));
  log.replaceChildren(...items);
  if (scroll || nearBottom) log.scrollTop = log.scrollHeight;
  reads();
}

function message(m: Message): { el: HTMLElement; status: HTMLElement } {
  const mine = m.sender.type === 'customer';
  const statusEl = h('span', { class: 'state' });
  const time = new Date(m.createdAt);
  const el = h('div', { class: mine ? 'msg mine' : 'msg theirs', 'data-seq': m.seq, 'data-type': m.type },
    mine ? null : h('div', { class: 'name' }, m.sender.name ?? ''),
    renderContent(m, t, menuClick),
    h('div', { class: 'meta' },
      isNaN(time.getTime()) ? '' : time.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
      ' ', statusEl));
  return { el, status: statusEl };
}

function pendingNode(p: Pending): HTMLElement {
  const body = p.file
    ? h('div', { class: 'bubble note' }, p.error ? p.content.name : fill(t.uploading, { name: p.content.name, p: p.progress ?? 0 }),
        p.error ? null : h('progress', { max: '100', value: String(p.progress ?? 0) }))
    : h('div', { class: 'bubble text' }, String(p.content.text ?? ''));
  return h('div', { class: 'msg mine pending' }, body,
    h('div', { class: 'meta' }, p.error
      ? [h('span', { class: 'error' }, `${t.failed}: ${p.error} `),
        h('button', { type: 'button', class: 'link', onclick: () => void send(p) }, t.retry)]
      : t.sending));
}

// ---- reads and unread -------------------------------------------------------------------------------------------
let readTimer: ReturnType<typeof setTimeout> | undefined;

/** When the visitor can see the conversation, everything in it is seen: tell the server, and the launcher. */
function reads(): void {
  if (!session) return;
  const seeing = visible && document.visibilityState === 'visible';
  if (seeing) seenSeq = Math.max(seenSeq, conv.contiguousSeq(session.id));
  const unread = conv.unreadAfter(session.id, seenSeq);
  if (unread !== lastUnread) {
    lastUnread = unread;
    toHost({ ns: NS, type: 'unread', count: unread });
  }
  if (seeing && seenSeq > readSent && conv.lastIncomingSeq(session.id) > readSent && !readsUnsupported) {
    clearTimeout(readTimer);
    readTimer = setTimeout(() => {
      const seq = seenSeq;
      const id = session!.id;
      visitorApi.read(token, id, seq).then(
        () => (readSent = Math.max(readSent, seq)),
        (e) => {
          // Servers before read receipts answer 404/405: stop asking; anything else is tried again later.
          if (e instanceof ProblemError && (e.status === 404 || e.status === 405)) readsUnsupported = true;
        });
      readSent = Math.max(readSent, seq);
    }, 300);
  }
}

document.addEventListener('visibilitychange', () => render());

// ---- the host page ----------------------------------------------------------------------------------------------
function toHost(m: ToHost): void {
  if (embedded) parent.postMessage(m, hostOrigin);
}

if (embedded) {
  let started = false;
  window.addEventListener('message', (e) => {
    if (e.source !== parent || !isOurs(e.data)) return;
    const data = e.data as {
      type: string; config?: HostConfig; visible?: boolean; token?: string | null; messagesOnly?: boolean;
    };
    if (data.type === 'init' && !started) {
      started = true;
      messagesOnly = data.messagesOnly === true;
      hostOrigin = e.origin;
      visible = !!data.visible;
      start(data.config ?? {}, typeof data.token === 'string' ? data.token : null);
    } else if (data.type === 'visible') {
      visible = !!data.visible;
      if (visible && dormant) {
        const wake = dormant;
        dormant = null;
        wake();
      }
      if (visible) (main.querySelector('input, textarea') as HTMLElement | null)?.focus();
      render();
    }
  });
  parent.postMessage({ ns: NS, type: 'ready' } satisfies ToHost, '*'); // carries nothing: the host answers with init
} else if (preview) {
  void showPreview();
} else {
  start({});
}

/** What a visitor would see first (the account, its welcome message), without opening a session or sending. */
async function showPreview(): Promise<void> {
  locale = pickLocale(params.get('lang'), navigator.languages ?? [navigator.language]);
  t = strings(locale);
  document.documentElement.lang = locale;
  labels();
  document.body.replaceChildren(main);
  for (const control of [input, emojiButton, imageButton, fileButton, sendButton]) control.disabled = true;
  try {
    account = (await visitorApi.entry(entryKey)).account;
  } catch (e) {
    fatal(e instanceof ProblemError && e.status === 404 ? t.noEntry : t.offline);
    return;
  }
  header();
  status.textContent = account.open ? t.online : t.away;
  status.className = account.open ? 'status on' : 'status';
  notices.replaceChildren(h('p', null, t.preview), ...(account.open ? [] : [h('p', null, t.offHours)]));
  if (account.welcomeMessage) {
    const welcome: Message = {
      id: 'preview', sessionId: 'preview', seq: 1, type: 'text', content: { text: account.welcomeMessage },
      sender: { type: 'system', id: null, name: account.name }, createdAt: new Date().toISOString(),
    };
    log.replaceChildren(message(welcome).el);
  }
}
