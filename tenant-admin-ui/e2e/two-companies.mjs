#!/usr/bin/env node
// Browser check that two companies signed up through the UI never see each other's data.
// Usage: BASE_URL=http://localhost:8080 [CHROMIUM_PATH=/usr/bin/chromium] node e2e/two-companies.mjs
// Prints "ok - <step>" / "not ok - <step>: <reason>", then "N passed, M failed"; exits 1 on any failure.
import { BASE_URL, launchChromium, steps } from './lib.mjs';

const { step, state, finish } = steps('two-companies');

const run = Date.now().toString(36);
const password = 'correct-horse-battery';
const A = { name: `Acme ${run}`, slug: `acme-${run}`, admin: 'Alice Admin', email: `alice-${run}@acme.example` };
const B = { name: `Globex ${run}`, slug: `globex-${run}`, admin: 'Bob Boss', email: `bob-${run}@globex.example` };
const agentA = { name: 'Andy Agent', email: `andy-${run}@acme.example` };

const browser = await launchChromium();

async function newPage(options = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, ...options });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  return p;
}

/** Waits until the locator's text contains `text`; the error says what was there instead. */
async function expectText(locator, text, what) {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
  } catch {
    const actual = (await locator.first().textContent({ timeout: 1_000 }).catch(() => null)) ?? '(nothing)';
    throw new Error(`${what}: expected "${text}", found "${actual.trim().slice(0, 200)}"`);
  }
}

async function failOnErrorBanner(p) {
  const banner = p.getByTestId('error');
  if (await banner.count()) throw new Error(`error shown: ${(await banner.first().textContent())?.trim()}`);
}

async function signUp(p, company) {
  await p.goto('/#/signup');
  await p.getByLabel('Company name', { exact: true }).fill(company.name);
  await p.getByLabel('URL slug', { exact: true }).fill(company.slug);
  await p.getByLabel('Your name', { exact: true }).fill(company.admin);
  await p.getByLabel('Email', { exact: true }).fill(company.email);
  await p.getByLabel('Password', { exact: true }).fill(password);
  await p.getByRole('button', { name: 'Create company' }).click();
  await Promise.race([
    p.getByTestId('company-name').waitFor(),
    p.getByTestId('error').waitFor().then(() => failOnErrorBanner(p)),
  ]);
  await expectText(p.getByTestId('company-name'), company.name, 'header');
  await expectText(p.getByTestId('user-name'), company.admin, 'signed-in user');
}

async function signOut(p) {
  await p.getByTestId('sign-out').click();
  await p.getByRole('heading', { name: 'Sign in' }).waitFor();
  if (!p.url().includes('#/login')) throw new Error(`expected #/login, at ${p.url()}`);
}

const pageA = await newPage();

await step('company A signs up and sees its own name', async () => {
  state.page = pageA;
  await signUp(pageA, A);
});

await step('company A creates department Support and an agent with a password', async () => {
  state.page = pageA;
  await pageA.getByLabel('New department', { exact: true }).fill('Support');
  await pageA.getByRole('button', { name: 'Add department' }).click();
  await expectText(pageA.getByTestId('department-list').locator('li'), 'Support', 'department list');

  const form = pageA.getByRole('form', { name: 'Add member' });
  await form.getByLabel('Name', { exact: true }).fill(agentA.name);
  await form.getByLabel('Email', { exact: true }).fill(agentA.email);
  await form.getByLabel('Agent', { exact: true }).check();
  await form.getByLabel('Tenant admin', { exact: true }).uncheck();
  await form.getByLabel('Departments', { exact: true }).selectOption({ label: 'Support' });
  await form.getByLabel('Set a password now', { exact: true }).check();
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Add member' }).click();

  const row = pageA.getByTestId('member-list').locator('tbody tr', { hasText: agentA.email });
  await row.waitFor().catch(async () => {
    await failOnErrorBanner(pageA);
    throw new Error(`${agentA.email} did not appear in the member list`);
  });
  await expectText(row, 'Support', "agent's departments");
  await expectText(row, 'Agent', "agent's roles");
});

await step('company A signs out', async () => {
  state.page = pageA;
  await signOut(pageA);
});

// A fresh context (no shared storage), at phone width.
const pageB = await newPage({ viewport: { width: 360, height: 740 } });

await step('company B signs up in a fresh browser and sees only its own data', async () => {
  state.page = pageB;
  await signUp(pageB, B);
  const members = pageB.getByTestId('member-list');
  await expectText(members, B.email, 'member list');
  const text = await members.textContent();
  if (text.includes(agentA.email) || text.includes(A.email)) throw new Error("company B's member list shows company A's people");
  const rows = await members.locator('tbody tr').count();
  if (rows !== 1) throw new Error(`expected 1 member, found ${rows}`);
  const depts = await pageB.getByTestId('department-list').locator('li').count();
  if (depts !== 0) throw new Error(`expected no departments, found ${depts}`);
  await signOut(pageB);
});

await step("company A's agent signs in with A's slug and sees company A, not B", async () => {
  state.page = pageA;
  await pageA.getByLabel('Company', { exact: true }).fill(A.slug);
  await pageA.getByLabel('Email', { exact: true }).fill(agentA.email);
  await pageA.getByLabel('Password', { exact: true }).fill(password);
  await pageA.getByRole('button', { name: 'Sign in' }).click();
  await Promise.race([
    pageA.getByTestId('company-name').waitFor(),
    pageA.getByTestId('error').waitFor().then(() => failOnErrorBanner(pageA)),
  ]);
  await expectText(pageA.getByTestId('company-name'), A.name, 'header');
  await expectText(pageA.getByTestId('user-name'), agentA.name, 'signed-in user');
  const members = pageA.getByTestId('member-list');
  await expectText(members, agentA.email, 'member list');
  const text = await members.textContent();
  if (text.includes(B.email)) throw new Error("company A's member list shows company B's admin");
  if ((await pageA.getByTestId('company-name').textContent()).includes(B.name)) throw new Error("header shows company B's name");
  if (await pageA.getByRole('button', { name: 'Add department' }).count()) throw new Error('an agent sees write controls');
});

await browser.close();
process.exit(finish());
