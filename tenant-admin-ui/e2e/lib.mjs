// Shared by the browser scripts: numbered steps with a timeout and a screenshot on failure, API calls, Chromium.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  console.error('BASE_URL is required, e.g. BASE_URL=http://localhost:8080');
  process.exit(2);
}
export const BASE = new URL(BASE_URL).origin;
export const SHOT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));

/** Thrown by a step that cannot run on this server (it lacks a route): reported as "skip - …". */
export class Skip extends Error {}

/** Runs steps, prints "ok - …" / "not ok - …" / "skip - …", and "N passed, M failed" at the end. */
export function steps(prefix, timeoutMs = 45_000) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const state = { page: null };
  async function step(name, fn, ms = timeoutMs) {
    let timer;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms))),
      ]);
      passed++;
      console.log(`ok - ${name}`);
    } catch (e) {
      if (e instanceof Skip) {
        skipped++;
        console.log(`skip - ${name}: ${e.message}`);
        return;
      }
      failed++;
      console.log(`not ok - ${name}: ${String(e?.message ?? e).split('\n')[0]}`);
      if (state.page) {
        try {
          mkdirSync(SHOT_DIR, { recursive: true });
          const file = `${SHOT_DIR}${prefix}-${name.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
          await state.page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
          console.log(`#   screenshot: ${file}`);
        } catch {
          // the page may be gone; the verdict stands
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }
  const finish = () => {
    console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
    return failed === 0 ? 0 : 1;
  };
  return { step, state, finish };
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** A JSON call to the API; throws with the problem's detail unless it succeeds. */
export async function api(method, path, token, body, headers = {}) {
  const res = await fetch(BASE + path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${json?.detail ?? text}`);
  return json;
}

export const login = async (tenant, email, password) =>
  (await api('POST', '/api/v1/auth/login', null, { tenant, email, password })).access_token;

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Resolves with Date.now() inside the page when an element matching `selector` whose text includes `text`
 * appears, so a measured latency is when it showed, not when the test looked. Call before causing it.
 */
export async function watchFor(page, selector, text) {
  const key = `__seen_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(({ selector, text, key }) => {
    window[key] = new Promise((resolve) => {
      const seen = () => [...document.querySelectorAll(selector)].some((el) => el.textContent.includes(text));
      if (seen()) return resolve(Date.now());
      const observer = new MutationObserver(() => {
        if (seen()) {
          observer.disconnect();
          resolve(Date.now());
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, { selector, text, key });
  return () => page.evaluate((key) => window[key], key);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function pngChunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  let c = 0xffffffff;
  for (const b of typed) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE((c ^ 0xffffffff) >>> 0);
  return Buffer.concat([len, typed, sum]);
}

/** A valid RGB PNG whose pixel (x, y) is `pixel(x, y)` → [r, g, b], so the scripts need no image files. */
export function rgbPng(width, height, pixel) {
  const rows = Buffer.alloc((width * 3 + 1) * height); // each row starts with filter byte 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The platform admin the integration server creates (arquillian.xml), or the one named in the environment. */
export const platformAdmin = {
  email: process.env.PLATFORM_ADMIN_EMAIL || 'platform@frontdesk.test',
  password: process.env.PLATFORM_ADMIN_PASSWORD || 'platform-password-1',
};

/** Waits until the locator's text contains `text`; the error says what was there instead. */
export async function expectText(locator, text, what) {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
  } catch {
    const actual = (await locator.first().textContent({ timeout: 1_000 }).catch(() => null)) ?? '(nothing)';
    throw new Error(`${what}: expected ${text instanceof RegExp ? text : `"${text}"`}, found "${actual.trim().slice(0, 300)}"`);
  }
}

export async function failOnErrorBanner(p, scope = p) {
  const banner = scope.getByTestId('error');
  if (await banner.count()) throw new Error(`error shown: ${(await banner.first().textContent())?.trim()}`);
}

/** Waits for `locator`, or fails at once with the error banner's text if one shows up first. */
export async function waitOrBanner(p, locator, scope = p) {
  await Promise.race([locator.first().waitFor(), scope.getByTestId('error').first().waitFor().then(() => failOnErrorBanner(p, scope))]);
  await locator.first().waitFor({ timeout: 1_000 });
}

export async function signInUi(p, slug, email, pw) {
  await p.goto('/#/login');
  await p.getByLabel('Company', { exact: true }).fill(slug);
  await p.getByLabel('Email', { exact: true }).fill(email);
  await p.getByLabel('Password', { exact: true }).fill(pw);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await waitOrBanner(p, p.getByTestId('company-name'));
}

/** The console's main navigation. */
export const nav = (p) => p.getByRole('navigation', { name: 'Console' });
