#!/usr/bin/env node
// Browser check of the visitor widget, end to end: a host page with a strict CSP (only Frontdesk's origin) embeds
// widget.js; a visitor chats with an agent who answers through the API; history survives a reload; a site not on
// the allow-list gets the refusal; a queued visitor sees their place; Chinese UI; a phone-sized screen; a company
// whose plan's conversations are used up: a new visitor leaves a message, and an agent handles it in the workspace.
// Usage: BASE_URL=http://localhost:8080 [CHROMIUM_PATH=/usr/bin/chromium] node e2e/widget.mjs
// Prints "ok - <step>" / "not ok - <step>: <reason>", then "N passed, M failed"; exits 1 on any failure.
// Saves screenshots of the open widget as widget-en.png and widget-zh.png in SCREENSHOT_DIR (else target/e2e).
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { api, BASE, check, launchChromium, login, platformAdmin, signInUi, SHOT_DIR, steps, rgbPng } from './lib.mjs';

const { step, state, finish } = steps('widget');

// The README's pictures go to SCREENSHOT_DIR when set (…/docs/screenshots), else next to the failure shots.
const DOCS_DIR = process.env.SCREENSHOT_DIR ? process.env.SCREENSHOT_DIR.replace(/\/?$/, '/') : SHOT_DIR;

// ---- the API, as the company's staff ------------------------------------------------------------------------------

async function until(what, fn, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

// ---- the customer's web site: a tiny server on another port ---------------------------------------------------------
const CSP = `default-src 'none'; script-src ${BASE}; frame-src ${BASE}; connect-src ${BASE}; img-src 'none'; style-src 'none'`;
let entryKey = '';
let identified = null; // window.Frontdesk for /zh, written by config.js (served by the site itself)

const site = createServer((req, res) => {
  const url = new URL(req.url, 'http://site');
  if (url.pathname === '/config.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(`window.Frontdesk = ${JSON.stringify(identified)};`);
    return;
  }
  const zh = url.pathname === '/zh';
  const csp = zh ? CSP.replace('script-src', "script-src 'self'") : CSP;
  const body = url.pathname === '/frame'
    ? `<iframe title="direct" src="${BASE}/c/${entryKey}?embed=1" width="400" height="400"></iframe>`
    : `<h1>Shoes &amp; more</h1><p>Our shop.</p>${zh ? '<script src="/config.js"></script>' : ''}`
      + `<script src="${BASE}/widget.js" data-entry="${entryKey}" async></script>`;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title></head><body>${body}</body></html>`);
});
await new Promise((r) => site.listen(0, '127.0.0.1', r));
const PORT = site.address().port;
const SITE = `http://127.0.0.1:${PORT}`; // allowed
const ELSEWHERE = `http://localhost:${PORT}`; // the same server under another origin: not allowed

// ---- a visitor's browser ---------------------------------------------------------------------------------------------
const browser = await launchChromium();
const strangers = new Set(); // requests to anyone but Frontdesk and the site
const violations = []; // CSP reports in any frame

async function visitor(options = {}) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 760 }, ...options });
  context.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (![BASE, SITE, ELSEWHERE].includes(origin) && !r.url().startsWith('data:')) strangers.add(r.url());
  });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  // Framing refused by frame-ancestors is the point of one step; any other CSP report is a failure.
  if (process.env.DEBUG) p.on('console', (m) => console.log(`#   console ${m.type()}: ${m.text()}`));
  p.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && !/frame-ancestors/.test(m.text())
    && violations.push(m.text()));
  return p;
}

const launcher = (p) => p.locator('frontdesk-widget').locator('button.launcher');
const panel = (p) => p.frameLocator('frontdesk-widget iframe');

async function openWidget(p) {
  await launcher(p).click();
  await panel(p).locator('main.panel h1').waitFor();
}

async function expectLog(p, text) {
  await panel(p).locator('[role=log]').getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
}

/** A 160×100 PNG (a blue-green gradient). */
const png = () =>
  rgbPng(160, 100, (x, y) => [40, 110 + Math.round((x / 160) * 120), 235 - Math.round((y / 100) * 100)]);

// ---- the company -------------------------------------------------------------------------------------------------------
const run = Date.now().toString(36);
const slug = `widget-${run}`;
const adminPassword = 'correct-horse-battery';
const agentPassword = 'agent-password-1';
let adminToken;
let agentToken;
let accountId;
let firstSessionId;

await step('a company with an account, an agent (cap 1) and an entry point for the site', async () => {
  await api('POST', '/api/v1/signup', null, { companyName: `Widget Shop ${run}`, slug, adminName: 'Wendy Admin',
    adminEmail: `wendy@${slug}.test`, adminPassword });
  adminToken = await login(slug, `wendy@${slug}.test`, adminPassword);
  const account = await api('POST', '/api/v1/accounts', adminToken, { name: 'Shoe Shop Support',
    welcomeMessage: 'Hi! How can we help?' });
  accountId = account.id;
  await api('PUT', `/api/v1/accounts/${accountId}/policy`, adminToken, { mode: 'round_robin', servicerCap: 1,
    preferLastServicer: false, preferLastDays: 7, inactivityCloseMinutes: 60 });
  const agent = await api('POST', '/api/v1/members', adminToken, { name: 'Andy Agent', email: `andy@${slug}.test`,
    password: agentPassword, roles: ['agent'] });
  await api('POST', `/api/v1/accounts/${accountId}/servicers`, adminToken, { userIds: [agent.id] });
  agentToken = await login(slug, `andy@${slug}.test`, agentPassword);
  // Only the shop is listed: the panel's own requests count as Frontdesk's because they go to the host they came
  // from, although the test server's FRONTDESK_PUBLIC_URL is the default, not this port.
  const entry = await api('POST', `/api/v1/accounts/${accountId}/entry-points`, adminToken, { scene: 'website',
    name: 'Shop site', allowedOrigins: [SITE] });
  entryKey = entry.key;
  check(entry.snippet?.includes(`data-entry="${entryKey}"`), `snippet: ${entry.snippet}`);
}, 120_000); // a server just started hashes its first passwords slowly

let en; // the English visitor's page

await step('the widget loads on a page whose CSP allows only Frontdesk, and opens its panel', async () => {
  en = state.page = await visitor();
  await en.goto(SITE + '/');
  await launcher(en).waitFor();
  check((await launcher(en).getAttribute('aria-label')) === 'Open chat', 'launcher label');
  const launcherColor = await launcher(en).evaluate((b) => getComputedStyle(b).backgroundColor);
  check(launcherColor === 'rgb(31, 111, 235)', `launcher styled through the CSSOM despite style-src 'none': ${launcherColor}`);
  await openWidget(en);
  const p = panel(en);
  await p.locator('h1').getByText('Shoe Shop Support').waitFor();
  await expectLog(en, 'Hi! How can we help?');
  check((await launcher(en).getAttribute('aria-expanded')) === 'true', 'aria-expanded');
  check(await en.locator('frontdesk-widget [role=dialog]').count() === 1, 'dialog role');
  const box = await en.locator('frontdesk-widget iframe').boundingBox();
  check(box && box.width > 300 && box.height > 400, `panel box ${JSON.stringify(box)}`);
});

await step('the visitor sends text and an image; a file over the limit is refused before upload', async () => {
  state.page = en;
  const p = panel(en);
  await p.getByRole('textbox').fill('Do you have these in size 42?');
  await p.getByRole('textbox').press('Enter');
  await p.locator('.msg.mine:not(.pending)').getByText('Do you have these in size 42?').waitFor();
  await p.locator('input[type=file][accept^="image"]').setInputFiles({ name: 'shoe.png', mimeType: 'image/png', buffer: png() });
  await p.locator('.msg.mine:not(.pending) img.image').waitFor();
  const natural = await p.locator('.msg.mine img.image').first().evaluate(async (img) => {
    if (!img.complete) await new Promise((r) => { img.onload = r; img.onerror = r; });
    return img.naturalWidth;
  });
  check(natural === 160, `the uploaded image is shown (naturalWidth ${natural})`);
  const big = Buffer.alloc(10 * 1024 * 1024 + 1);
  await p.locator('input[type=file][accept^="image"]').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big });
  await p.locator('[role=alert]').getByText('huge.png is too large').waitFor();
  check(await p.locator('.msg.pending').count() === 0, 'nothing was uploaded');
});

await step('the agent sees the text and the image through the API', async () => {
  state.page = en;
  const session = await until('the session assigned to the agent', async () =>
    (await api('GET', '/api/v1/sessions?mine=true', agentToken))[0]);
  firstSessionId = session.id;
  check(session.state === 'human', `state ${session.state}`);
  const messages = await api('GET', `/api/v1/sessions/${firstSessionId}/messages`, agentToken);
  check(messages.some((m) => m.type === 'text' && m.content.text === 'Do you have these in size 42?'), 'text');
  check(messages.some((m) => m.type === 'image' && m.content.contentType === 'image/png'), 'image');
});

await step('the agent types and replies; the visitor sees both live', async () => {
  state.page = en;
  const { ticket } = await api('POST', '/api/v1/realtime/tickets', agentToken, {});
  const agentPage = await (await browser.newContext()).newPage();
  await agentPage.goto(BASE + '/health/live');
  await agentPage.evaluate(async ({ ticket, sessionId, ws }) => {
    const socket = new WebSocket(ws);
    await new Promise((r) => (socket.onopen = r));
    const ready = new Promise((r) => (socket.onmessage = (e) => JSON.parse(e.data).type === 'ready' && r()));
    socket.send(JSON.stringify({ type: 'hello', ticket }));
    await ready;
    socket.send(JSON.stringify({ type: 'typing', sessionId }));
  }, { ticket, sessionId: firstSessionId, ws: BASE.replace(/^http/, 'ws') + '/ws/agent' });
  await panel(en).locator('.typing').getByText('Typing…').waitFor();
  await agentPage.context().close();
  await api('POST', `/api/v1/sessions/${firstSessionId}/messages`, agentToken,
    { clientMsgId: `r1-${run}`, type: 'text', content: { text: 'Yes, size 42 is in stock.' } });
  await expectLog(en, 'Yes, size 42 is in stock.');
  await panel(en).locator('.msg.theirs .name').getByText('Andy Agent').waitFor();
  mkdirSync(DOCS_DIR, { recursive: true });
  await en.screenshot({ path: DOCS_DIR + 'widget-en.png' });
});

await step('Escape closes the panel; a reply while closed shows an unread badge', async () => {
  state.page = en;
  await panel(en).getByRole('textbox').press('Escape');
  await en.locator('frontdesk-widget .panel').waitFor({ state: 'hidden' });
  check(await launcher(en).evaluate((b) => b.getRootNode().activeElement === b), 'focus back on the launcher');
  await api('POST', `/api/v1/sessions/${firstSessionId}/messages`, agentToken,
    { clientMsgId: `r2-${run}`, type: 'text', content: { text: 'Anything else?' } });
  await launcher(en).locator('.badge').getByText('1').waitFor();
  check((await launcher(en).getAttribute('aria-label')).includes('1 unread'), 'badge in the label');
  await launcher(en).press('Enter');
  await expectLog(en, 'Anything else?');
  await until('the badge to clear', async () => (await launcher(en).locator('.badge').textContent()) === '');
});

await step('a reload keeps the history (anonymous visitor: the panel\'s token, kept by the site if storage is denied)', async () => {
  state.page = en;
  await en.reload();
  await openWidget(en);
  await expectLog(en, 'Do you have these in size 42?');
  await expectLog(en, 'Yes, size 42 is in stock.');
  const seqs = await panel(en).locator('.msg[data-seq]').evaluateAll((els) => els.map((e) => e.dataset.seq));
  check(new Set(seqs).size === seqs.length, `no message twice: ${seqs}`);
});

await step('a site not on the allow-list gets the refusal, and cannot frame the panel', async () => {
  const other = (state.page = await visitor());
  await other.goto(ELSEWHERE + '/');
  await launcher(other).click();
  await other.locator('frontdesk-widget [role=alert]').getByText('not available on this site').waitFor();
  check(await other.locator('frontdesk-widget iframe').count() === 0, 'no panel iframe');
  const res = await fetch(`${BASE}/c/${entryKey}?embed=1`);
  const csp = res.headers.get('content-security-policy') ?? '';
  check(csp.includes(`frame-ancestors 'self' ${SITE}`), `frame-ancestors: ${csp}`);
  await other.goto(ELSEWHERE + '/frame');
  await other.waitForTimeout(1500);
  const framed = other.frames().filter((f) => f.url().includes('/c/'));
  const shown = await Promise.all(framed.map((f) => f.locator('main.panel').count().catch(() => 0)));
  check(shown.every((n) => n === 0), 'the panel rendered inside a page that is not allowed');
  await other.context().close();
});

await step('a queued visitor sees their place, then no queue once the agent frees up', async () => {
  const second = (state.page = await visitor());
  await second.goto(SITE + '/');
  await openWidget(second);
  await panel(second).getByRole('textbox').fill('Is anyone there?');
  await panel(second).getByRole('textbox').press('Enter');
  await panel(second).locator('.notices').getByText('You are number 1 in the queue.').waitFor();
  await api('POST', `/api/v1/sessions/${firstSessionId}/close`, agentToken, {});
  await panel(second).locator('.notices').getByText('in the queue').waitFor({ state: 'detached' });
  await en.bringToFront();
  await panel(en).locator('.notices').getByText('This conversation has ended').waitFor();
  await second.context().close();
});

await step('Chinese UI for locale zh-CN, with a signed user identity', async () => {
  const { secret } = await api('GET', '/api/v1/widget-secret', adminToken);
  check(secret, 'widget secret');
  const userId = `user-${run}`;
  identified = { locale: 'zh-CN', sceneParam: 'zh-home', user: { id: userId, name: '王小明',
    hmac: createHmac('sha256', secret).update(userId).digest('hex') } };
  const zh = (state.page = await visitor({ locale: 'en-US' }));
  await zh.goto(SITE + '/zh');
  await launcher(zh).waitFor();
  check((await launcher(zh).getAttribute('aria-label')) === '打开聊天', 'launcher label in Chinese');
  await openWidget(zh);
  const p = panel(zh);
  check((await p.getByRole('textbox').getAttribute('placeholder')) === '输入消息…', 'placeholder in Chinese');
  await p.getByRole('textbox').fill('你好，请问有黑色的吗？');
  await p.getByRole('textbox').press('Enter');
  await p.locator('.msg.mine:not(.pending)').getByText('你好').waitFor();
  const sessions = await api('GET', `/api/v1/sessions?accountId=${accountId}`, adminToken);
  const mine = sessions.find((s) => s.customerExternalId === userId);
  check(mine && mine.sceneParam === 'zh-home', `identified session: ${JSON.stringify(mine ?? null)}`);
  await zh.screenshot({ path: DOCS_DIR + 'widget-zh.png' });
  await zh.context().close();
});

await step('full screen on a 360 px phone, and the hosted page /c/{key} with scene_param', async () => {
  const phone = (state.page = await visitor({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }));
  await phone.goto(SITE + '/');
  await openWidget(phone);
  const box = await phone.locator('frontdesk-widget iframe').boundingBox();
  check(box && Math.round(box.width) === 360 && Math.round(box.height) === 740, `panel box ${JSON.stringify(box)}`);
  await panel(phone).getByRole('button', { name: 'Close chat' }).click();
  await phone.locator('frontdesk-widget .panel').waitFor({ state: 'hidden' });
  await phone.context().close();
  const scanner = (state.page = await visitor({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }));
  await scanner.goto(`${BASE}/c/${entryKey}?scene_param=qr-poster`);
  await scanner.locator('main.panel h1').getByText('Shoe Shop Support').waitFor();
  await scanner.getByRole('textbox').fill('Scanned the poster');
  await scanner.getByRole('textbox').press('Enter');
  await scanner.locator('.msg.mine:not(.pending)').getByText('Scanned the poster').waitFor();
  const sessions = await api('GET', `/api/v1/sessions?accountId=${accountId}`, adminToken);
  check(sessions.some((s) => s.sceneParam === 'qr-poster'), 'scene_param reached the session');
  await scanner.context().close();
});

// ---- a company whose plan's conversations are used up -------------------------------------------------------------
const fullSlug = `full-${run}`;
let fullAdminToken;
const fullAgentPassword = 'agent-password-2';

await step('a company on a plan allowing 1 conversation a period (no overage) has used it', async () => {
  const platform = await login(undefined, platformAdmin.email, platformAdmin.password);
  const plan = `e2e-one-${run}`; // in CHF: no other script's company is offered it
  await api('POST', `/api/v1/platform/plans?code=${plan}`, platform, { name: 'One chat', currency: 'CHF',
    monthlyPrice: 1000, yearlyPrice: 10000, includedSeats: 3, maxConversations: 1, trialDays: 0 });
  await api('POST', '/api/v1/signup', null, { companyName: `Full House ${run}`, slug: fullSlug, adminName: 'Fiona Admin',
    adminEmail: `fiona@${fullSlug}.test`, adminPassword, plan });
  fullAdminToken = await login(fullSlug, `fiona@${fullSlug}.test`, adminPassword);
  const account = await api('POST', '/api/v1/accounts', fullAdminToken, { name: 'Full House Help' });
  const agent = await api('POST', '/api/v1/members', fullAdminToken, { name: 'Fay Agent', email: `fay@${fullSlug}.test`,
    password: fullAgentPassword, roles: ['agent'] });
  await api('POST', `/api/v1/accounts/${account.id}/servicers`, fullAdminToken, { userIds: [agent.id] });
  entryKey = (await api('POST', `/api/v1/accounts/${account.id}/entry-points`, fullAdminToken, { scene: 'website',
    name: 'Shop site', allowedOrigins: [SITE] })).key; // the site now embeds this company's widget
  await api('POST', '/api/v1/visitor/sessions', null, { entryKey }); // the period's one conversation
  const card = await api('GET', `/api/v1/visitor/entry/${entryKey}`, null);
  check(card.account.messagesOnly === true, `card: ${JSON.stringify(card.account)}`);
});

await step('a new visitor gets the leave-a-message form, is told what is wrong, and leaves a message', async () => {
  const p = (state.page = await visitor());
  await p.goto(SITE + '/');
  await launcher(p).click();
  const form = panel(p).locator('form.leave');
  await form.getByText('Leave us a message').waitFor();
  await panel(p).locator('h1').getByText('Full House Help').waitFor();
  check(await panel(p).locator('.composer').count() === 0, 'no chat composer');
  await form.getByLabel('Your name').fill('Vera Visitor');
  await form.getByLabel('Email or phone number').fill('not a contact');
  await form.getByRole('button', { name: 'Send message' }).click();
  await form.getByText('This is not an email address or a phone number.').waitFor();
  await form.getByText('Please write your message.').waitFor();
  await form.getByLabel('Email or phone number').fill('vera@example.com');
  await form.getByLabel('Your message').fill('Do you ship to Norway?');
  await form.getByRole('button', { name: 'Send message' }).click();
  await panel(p).getByText('Thank you! We received your message').waitFor();
  const usage = await api('GET', '/api/v1/billing/usage', fullAdminToken);
  check(usage.meters.conversations.used === 1, `no conversation started: ${JSON.stringify(usage.meters.conversations)}`);
  await p.context().close();
});

await step('an agent sees it under Messages left with a count, and marks it handled', async () => {
  const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1280, height: 860 } });
  const p = (state.page = await context.newPage());
  p.setDefaultTimeout(15_000);
  await signInUi(p, fullSlug, `fay@${fullSlug}.test`, fullAgentPassword);
  await p.goto(BASE + '/#/workspace');
  await p.getByTestId('left-messages-count').getByText('1').waitFor();
  await p.getByTestId('left-messages-toggle').click();
  const item = p.getByTestId('left-message');
  await item.getByText('Do you ship to Norway?').waitFor();
  await item.getByText('Vera Visitor').waitFor();
  check(await item.getByRole('link', { name: 'vera@example.com' }).getAttribute('href') === 'mailto:vera@example.com',
    'the contact links to an email');
  await item.getByRole('button', { name: 'Mark handled' }).click();
  await p.getByTestId('no-left-messages').waitFor();
  check(await p.getByTestId('left-messages-count').count() === 0, 'the badge is gone');
  const handled = await api('GET', '/api/v1/left-messages?handled=true', fullAdminToken);
  check(handled.length === 1 && handled[0].handledAt, `handled: ${JSON.stringify(handled)}`);
  await context.close();
});

await step('no CSP violation and no request to a third party', async () => {
  state.page = null;
  check(violations.length === 0, `CSP: ${violations[0]}`);
  check(strangers.size === 0, `third-party requests: ${[...strangers].join(', ')}`);
});

await browser.close();
site.close();
process.exit(finish());
