#!/usr/bin/env node
// Browser check of the admin pages: CS account with avatar and business hours, reception policy, servicers with
// live status and load, entry point with link, QR code, snippet and preview, and who may see all this.
// Usage: BASE_URL=http://localhost:8080 [CHROMIUM_PATH=/usr/bin/chromium] [SCREENSHOT_DIR=../docs/screenshots] node e2e/admin-pages.mjs
// Prints "ok - <step>" / "not ok - <step>: <reason>", then "N passed, M failed"; exits 1 on any failure.
// The entry point page is saved as target/e2e/entry-point.png, and also in SCREENSHOT_DIR when set.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL, launchChromium, SHOT_DIR, steps, rgbPng } from './lib.mjs';

const { step, state, finish } = steps('admin');

const run = Date.now().toString(36);
const password = 'correct-horse-battery';
const company = { companyName: `Desk ${run}`, slug: `desk-${run}`, adminName: 'Alma Admin', adminEmail: `alma-${run}@desk.example`, adminPassword: password };
const agent = { name: 'Ada Agent', email: `ada-${run}@desk.example` };
const supervisor = { name: 'Sam Supervisor', email: `sam-${run}@desk.example` };
const accountName = 'Support desk';

// ---- a tiny API client for setup and for checking what the pages saved ----

async function call(method, path, body, headers = {}) {
  const res = await fetch(BASE_URL + path, {
    method,
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return json;
}

async function signIn(email) {
  const t = await call('POST', '/api/v1/auth/login', { tenant: company.slug, email, password });
  return { Authorization: `Bearer ${t.access_token}` };
}

/** A 96×96 PNG (a blue disc on orange). */
const avatarPng = () =>
  rgbPng(96, 96, (x, y) => ((x - 48) ** 2 + (y - 48) ** 2 < 36 ** 2 ? [47, 91, 211] : [247, 160, 60]));

// ---- steps ----

const browser = await launchChromium();

async function expectText(locator, text, what) {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
  } catch {
    const actual = (await locator.first().textContent({ timeout: 1_000 }).catch(() => null)) ?? '(nothing)';
    throw new Error(`${what}: expected "${text}", found "${actual.trim().slice(0, 200)}"`);
  }
}

async function failOnErrorBanner(p) {
  const banner = p.getByTestId('error');
  if (await banner.count()) throw new Error(`error shown: ${(await banner.first().textContent())?.trim()}`);
}

/** Waits for `locator`, or fails at once with the error banner's text if one shows up first. */
async function waitOrBanner(p, locator) {
  await Promise.race([locator.first().waitFor(), p.getByTestId('error').first().waitFor().then(() => failOnErrorBanner(p))]);
  await locator.first().waitFor({ timeout: 1_000 });
}

async function imageLoaded(locator, what) {
  await locator.waitFor();
  const ok = await locator.evaluate(
    (img) => (img.complete ? img.naturalWidth > 0 : new Promise((r) => img.addEventListener('load', () => r(img.naturalWidth > 0), { once: true }))),
  );
  if (!ok) throw new Error(`${what} did not load`);
}

async function signOut(p) {
  await p.getByTestId('sign-out').click();
  await p.getByRole('heading', { name: 'Sign in' }).waitFor();
}

async function signInUi(p, email) {
  await p.goto('/#/login');
  await p.getByLabel('Company', { exact: true }).fill(company.slug);
  await p.getByLabel('Email', { exact: true }).fill(email);
  await p.getByLabel('Password', { exact: true }).fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await waitOrBanner(p, p.getByTestId('company-name'));
}

const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } });
// Only secure origins (https, localhost) may have the clipboard; elsewhere the page falls back to selecting text.
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL }).catch(() => {});
const ui = await context.newPage();
ui.setDefaultTimeout(15_000);
state.page = ui;

let admin; // Authorization header of the tenant admin
let accountId;
let entry;

await step('a company signs up through the API and adds an agent with a password', async () => {
  await call('POST', '/api/v1/signup', company);
  admin = await signIn(company.adminEmail);
  await call('POST', '/api/v1/members', { name: agent.name, email: agent.email, password, roles: ['agent'], departmentIds: [] }, admin);
  await call('POST', '/api/v1/members', { name: supervisor.name, email: supervisor.email, password, roles: ['supervisor'], departmentIds: [] }, admin);
  await call('POST', '/api/v1/departments', { name: 'Night shift' }, admin);
});

await step('the admin signs in and opens the CS accounts page from the navigation', async () => {
  await signInUi(ui, company.adminEmail);
  await ui.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'CS accounts' }).click();
  await ui.getByRole('heading', { name: 'Customer-service accounts' }).waitFor();
  await expectText(ui.locator('main'), 'No accounts yet', 'empty account list');
});

await step('creating an account checks business hours in the browser first', async () => {
  await ui.getByRole('link', { name: 'New account' }).click();
  const form = ui.getByRole('form', { name: 'New customer-service account' });
  await form.getByLabel('Name', { exact: true }).fill(accountName);
  await form.getByLabel('Open on a weekly schedule').check();
  // Office hours are filled in; make Tuesday end before it starts.
  await form.getByLabel('Tuesday from', { exact: true }).fill('18:00');
  await form.getByLabel('Tuesday to', { exact: true }).fill('09:00');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expectText(form.locator('.field-error'), 'Must end after it starts (18:00).', 'Tuesday error');
  if (!ui.url().endsWith('#/accounts/new')) throw new Error(`left the form with an invalid range: ${ui.url()}`);
});

await step('the admin creates the account with avatar, welcome message, business hours and off-hours reply', async () => {
  const form = ui.getByRole('form', { name: 'New customer-service account' });
  await form.getByLabel('Avatar').setInputFiles({ name: 'support.png', mimeType: 'image/png', buffer: avatarPng() });
  await form.getByLabel('Welcome message').fill('Hi! How can we help?');
  await form.getByLabel('Time zone').selectOption('Asia/Shanghai');
  // Open around the clock on every day, so the visitor below is served whenever this test runs.
  await form.getByLabel('Monday from', { exact: true }).fill('00:00');
  await form.getByLabel('Monday to', { exact: true }).fill('00:00');
  await form.getByRole('button', { name: 'Copy Monday to every day' }).click();
  await form.getByLabel('Off-hours reply').fill('We are closed now and will answer in the morning.');
  await form.getByRole('button', { name: 'Create account' }).click();
  await waitOrBanner(ui, ui.getByTestId('account-name').filter({ hasText: accountName }));
  accountId = /#\/accounts\/([0-9a-f-]{36})/.exec(ui.url())?.[1];
  if (!accountId) throw new Error(`expected the new account's page, at ${ui.url()}`);
  await imageLoaded(ui.locator('.account-head').getByTestId('account-avatar'), 'the avatar in the page header');

  const saved = await call('GET', `/api/v1/accounts/${accountId}`, undefined, admin);
  if (!saved.avatarUrl) throw new Error('the account has no avatar');
  if (saved.welcomeMessage !== 'Hi! How can we help?') throw new Error(`welcome message: ${saved.welcomeMessage}`);
  const hours = saved.businessHours;
  if (hours?.timeZone !== 'Asia/Shanghai') throw new Error(`time zone: ${JSON.stringify(hours)}`);
  const allDay = hours.days.length === 7 && hours.days.every((d) => JSON.stringify(d.ranges) === '[{"from":"00:00","to":"24:00"}]');
  if (!allDay) throw new Error(`business hours saved as ${JSON.stringify(hours.days)}`);
  if (!saved.offHoursReply?.startsWith('We are closed')) throw new Error(`off-hours reply: ${saved.offHoursReply}`);
});

await step('the admin sets the reception policy, after a value out of range is caught', async () => {
  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Reception policy' }).click();
  const form = ui.getByRole('form', { name: 'Reception policy' });
  await form.getByLabel('Idle first').check();
  await form.getByLabel('Sessions per servicer').fill('0');
  await form.getByRole('button', { name: 'Save policy' }).click();
  await expectText(form.locator('.field-error'), 'Must be from 1 to 100.', 'cap error');
  await form.getByLabel('Sessions per servicer').fill('3');
  await form.getByLabel('Prefer the servicer who served them last').uncheck();
  await form.getByLabel('Close quiet sessions after (minutes)').fill('90');
  await expectText(form.locator('.hint'), '1 h 30 min', 'inactivity in words');
  await form.getByLabel('Messages', { exact: true }).fill('4');
  await form.getByLabel('Hours', { exact: true }).fill('24');
  await form.getByRole('button', { name: 'Save policy' }).click();
  await waitOrBanner(ui, form.getByTestId('saved').filter({ hasText: 'Saved.' }));
  const { policy } = await call('GET', `/api/v1/accounts/${accountId}`, undefined, admin);
  const want = { mode: 'idle_first', servicerCap: 3, preferLastServicer: false, preferLastDays: 7, inactivityCloseMinutes: 90, sendWindowMessages: 4, sendWindowHours: 24 };
  const wrong = Object.keys(want).filter((k) => policy[k] !== want[k]);
  if (wrong.length) throw new Error(`policy saved as ${JSON.stringify(policy)}; wrong: ${wrong.join(', ')}`);
});

await step('the admin creates an entry point and sees its chat link, QR code, snippet and preview', async () => {
  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Entry points' }).click();
  const form = ui.getByRole('form', { name: 'New entry point' });
  await form.getByLabel('Scene', { exact: true }).fill('website');
  await form.getByLabel('Name', { exact: true }).fill('Website chat');
  await form.getByLabel('Allowed origins').fill('shop.example.com');
  await form.getByRole('button', { name: 'Create entry point' }).click();
  await expectText(form.locator('.field-error'), 'https://shop.example.com', 'origin hint');
  await form.getByLabel('Allowed origins').fill('https://Shop.example.com/\nhttp://localhost:5173');
  await form.getByRole('button', { name: 'Create entry point' }).click();
  const card = ui.getByTestId('entry-point').filter({ hasText: 'Website chat' });
  await waitOrBanner(ui, card);

  [entry] = await call('GET', `/api/v1/accounts/${accountId}/entry-points`, undefined, admin);
  if (JSON.stringify(entry.allowedOrigins) !== '["https://shop.example.com","http://localhost:5173"]') {
    throw new Error(`origins saved as ${JSON.stringify(entry.allowedOrigins)}`);
  }
  const link = await card.getByLabel('Chat link', { exact: true }).inputValue();
  if (link !== entry.url || !link.endsWith(`/c/${entry.key}`)) throw new Error(`chat link shows ${link}`);
  const snippet = await card.getByLabel('Embed snippet', { exact: true }).inputValue();
  if (!snippet.includes(`data-entry="${entry.key}"`)) throw new Error(`snippet shows ${snippet}`);
  await imageLoaded(card.getByTestId('entry-qr'), 'the QR code');
  for (const [name, ext] of [['Download PNG', 'png'], ['Download SVG', 'svg']]) {
    const a = card.getByRole('link', { name });
    const href = await a.getAttribute('href');
    const res = await fetch(new URL(href, BASE_URL));
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok || !type.startsWith(ext === 'png' ? 'image/png' : 'image/svg+xml')) throw new Error(`${name}: ${res.status} ${type}`);
    if ((await a.getAttribute('download')) !== `qr-website.${ext}`) throw new Error(`${name} saves under another name`);
  }
  const frame = await card.getByTestId('entry-preview').getAttribute('src');
  if (frame !== `/c/${entry.key}?preview=1`) throw new Error(`preview shows ${frame}`);
  // The preview shows what a visitor sees first, without opening a chat session.
  const panel = ui.frameLocator('[data-testid="entry-preview"]');
  await panel.getByRole('heading', { name: accountName }).waitFor({ timeout: 15_000 });
  await panel.getByText('Preview: this is what visitors see first').waitFor({ timeout: 5_000 });
  // The README's picture, before the copy button changes anything.
  await ui.evaluate(() => window.scrollTo(0, 0));
  const shot = await ui.screenshot({ fullPage: true });
  const dirs = [SHOT_DIR, process.env.SCREENSHOT_DIR].filter(Boolean);
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'entry-point.png'), shot);
  }

  await card.getByRole('button', { name: 'Copy embed snippet' }).click();
  await Promise.race([
    card.getByRole('button', { name: 'Copy embed snippet' }).filter({ hasText: 'Copied' }).waitFor(),
    card.getByText('the text is selected').waitFor(),
  ]);
});

await step("the server's answer shows when an entry point's scene is taken, and the widget secret can be read", async () => {
  const form = ui.getByRole('form', { name: 'New entry point' });
  await form.getByLabel('Scene', { exact: true }).fill('website');
  await form.getByRole('button', { name: 'Create entry point' }).click();
  await expectText(form.getByTestId('error'), 'already has an entry point with that scene', 'conflict banner');
  const secretCard = ui.getByTestId('widget-secret');
  await expectText(secretCard, 'HMAC-SHA256', 'widget secret explanation');
  await secretCard.getByRole('button', { name: 'Show secret' }).click();
  const shown = await secretCard.getByLabel('Secret', { exact: true }).inputValue();
  const { secret } = await call('GET', '/api/v1/widget-secret', undefined, admin);
  if (!shown.startsWith('wsec_') || shown !== secret) throw new Error(`secret shows ${shown}`);
});

await step('the entry point page fits a phone-sized screen', async () => {
  await ui.setViewportSize({ width: 360, height: 740 });
  await ui.reload();
  await ui.getByTestId('entry-point').first().waitFor();
  const overflow = await ui.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) throw new Error(`the page is ${overflow}px wider than the screen`);
  await ui.setViewportSize({ width: 1280, height: 900 });
});

await step('the admin adds the agent as servicer and watches status and load change live', async () => {
  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Servicers' }).click();
  const form = ui.getByRole('form', { name: 'Add servicers' });
  await form.getByLabel('Members', { exact: true }).selectOption({ label: agent.name });
  await form.getByRole('button', { name: 'Add servicers' }).click();
  const row = ui.getByTestId('servicer-row').filter({ hasText: agent.name });
  await waitOrBanner(ui, row);
  await expectText(row, 'Receiving', "the agent's status");
  await expectText(row, '0 / 3 sessions', "the agent's load");
  await expectText(ui.getByTestId('servicer-assignments'), agent.name, 'assignments');

  // A visitor writes through the new entry point (reception assigns the agent), then the agent steps away.
  const opened = await call('POST', '/api/v1/visitor/sessions', { entryKey: entry.key });
  const visitor = { 'X-Visitor-Token': opened.visitorToken };
  await call('POST', '/api/v1/visitor/messages', { sessionId: opened.session.id, clientMsgId: `m-${run}`, type: 'text', content: { text: 'Hello!' } }, visitor);
  await call('PUT', '/api/v1/servicers/me/status', { status: 'paused', pauseKind: 'suspended' }, await signIn(agent.email));
  // No reload: the board refreshes by itself.
  await expectText(row, '1 / 3 sessions', "the agent's load after the visitor wrote");
  await expectText(row, 'Paused (suspended)', "the agent's status after pausing");
});

await step('a supervisor may change the reception policy but not the account, its servicers or entry points', async () => {
  await signOut(ui);
  await signInUi(ui, supervisor.email);
  await ui.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'CS accounts' }).click();
  await ui.getByRole('link', { name: accountName }).click();
  await ui.getByTestId('account-name').filter({ hasText: accountName }).waitFor();
  if (await ui.getByRole('button', { name: 'Save settings' }).count()) throw new Error('a supervisor can save account settings');
  if (await ui.getByRole('button', { name: 'Delete account' }).count()) throw new Error('a supervisor can delete the account');
  if (!(await ui.getByRole('textbox', { name: 'Name', exact: true }).isDisabled())) throw new Error('the name field is editable');

  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Reception policy' }).click();
  const form = ui.getByRole('form', { name: 'Reception policy' });
  await form.getByLabel('Sessions per servicer').fill('4');
  await form.getByRole('button', { name: 'Save policy' }).click();
  await waitOrBanner(ui, form.getByTestId('saved').filter({ hasText: 'Saved.' }));
  const { policy } = await call('GET', `/api/v1/accounts/${accountId}`, undefined, admin);
  if (policy.servicerCap !== 4) throw new Error(`the cap is ${policy.servicerCap}`);

  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Servicers' }).click();
  await expectText(ui.getByTestId('servicer-row').filter({ hasText: agent.name }), '1 / 4 sessions', 'load against the new cap');
  if (await ui.getByRole('form', { name: 'Add servicers' }).count()) throw new Error('a supervisor can add servicers');
  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Entry points' }).click();
  await ui.getByTestId('entry-point').first().waitFor();
  if (await ui.getByRole('form', { name: 'New entry point' }).count()) throw new Error('a supervisor can create entry points');
  if (await ui.getByTestId('widget-secret').count()) throw new Error('a supervisor sees the widget secret');

  await signOut(ui);
  await signInUi(ui, company.adminEmail);
  await ui.goto(`/#/accounts/${accountId}`);
  await ui.getByTestId('account-name').filter({ hasText: accountName }).waitFor();
});

await step('deleting an entry point and an account asks first', async () => {
  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Entry points' }).click();
  const card = ui.getByTestId('entry-point').filter({ hasText: 'Website chat' });
  ui.once('dialog', (d) => d.dismiss());
  await card.getByRole('button', { name: 'Delete Website chat' }).click();
  await ui.waitForTimeout(300);
  if (!(await card.count())) throw new Error('the entry point went away although the question was dismissed');
  ui.once('dialog', (d) => d.accept());
  await card.getByRole('button', { name: 'Delete Website chat' }).click();
  await card.waitFor({ state: 'detached' });
  const left = await call('GET', `/api/v1/accounts/${accountId}/entry-points`, undefined, admin);
  if (left.length) throw new Error('the entry point is still there');

  await ui.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Settings' }).click();
  ui.once('dialog', (d) => d.accept());
  await ui.getByRole('button', { name: 'Delete account' }).click();
  await ui.getByRole('heading', { name: 'Customer-service accounts' }).waitFor();
  await expectText(ui.locator('main'), 'No accounts yet', 'account list after deleting');
});

await step('an agent sees neither the navigation link nor the pages', async () => {
  await signOut(ui);
  await signInUi(ui, agent.email);
  if (await ui.getByRole('link', { name: 'CS accounts' }).count()) throw new Error('an agent sees the CS accounts link');
  await ui.goto('/#/accounts');
  await expectText(ui.locator('main'), 'for company administrators and supervisors', 'agent on #/accounts');
  if (await ui.getByRole('link', { name: 'New account' }).count()) throw new Error('an agent sees "New account"');
});

await browser.close();
process.exit(finish());
