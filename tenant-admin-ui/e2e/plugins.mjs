#!/usr/bin/env node
// Browser check of the plugin pages: the platform admin installs plugins (and sees a refused jar's reason), a
// company admin enables and configures one from its generated form, and fills and tries the knowledge base.
//
// Usage: BASE_URL=http://localhost:8080 PLUGIN_JAR=… BAD_PLUGIN_JAR=… [more, below] node e2e/plugins.mjs
// Environment:
//   BASE_URL                 the deployment (required)
//   CHROMIUM_PATH            default /usr/bin/chromium
//   PLATFORM_ADMIN_EMAIL     default platform@frontdesk.test     (the ITs' FRONTDESK_ADMIN_EMAIL)
//   PLATFORM_ADMIN_PASSWORD  default platform-password-1
//   PLUGIN_JAR               a plugin jar the platform accepts, not installed yet (required): installed through the page
//   BAD_PLUGIN_JAR           a jar the platform refuses (required): the page must show the problem's detail
//   PLUGIN_ID                the plugin the company enables; default: the one PLUGIN_JAR installed
//   PLUGIN_CONFIG            JSON object, property → value, typed into that plugin's form (default {}); arrays are
//                            written one item per line, booleans tick the checkbox, secrets (writeOnly) go to their
//                            password input and are then checked to be set, never shown
//   TENANT_SLUG, TENANT_EMAIL, TENANT_PASSWORD
//                            a company admin to sign in as; without them the script signs up a new company
//   PLUGIN_REMOVE=true       finally remove PLUGIN_JAR's plugin through the page (off by default: later tests may use it)
// Prints "ok - <step>" / "not ok - <step>: <reason>", then "N passed, M failed"; exits 1 on any failure.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  api, BASE, BASE_URL, check, expectText, failOnErrorBanner, launchChromium, login, nav, platformAdmin, signInUi, steps,
  waitOrBanner,
} from './lib.mjs';

const { step, state, finish } = steps('plugins');

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required (see the top of e2e/plugins.mjs)`);
    process.exit(2);
  }
  return value;
}

const PLUGIN_JAR = required('PLUGIN_JAR');
const BAD_PLUGIN_JAR = required('BAD_PLUGIN_JAR');
const pluginConfig = JSON.parse(process.env.PLUGIN_CONFIG || '{}');
const KNOWLEDGE = 'assistant-knowledge';
const ENABLED = /^Enabled for the whole company/; // not "Not enabled …"; Playwright's text match ignores case

const run = Date.now().toString(36);
const password = 'correct-horse-battery';
const company = process.env.TENANT_SLUG
  ? { slug: process.env.TENANT_SLUG, adminEmail: required('TENANT_EMAIL'), adminPassword: required('TENANT_PASSWORD') }
  : { companyName: `Plugins ${run}`, slug: `plugins-${run}`, adminName: 'Pia Plugins', adminEmail: `pia-${run}@plugins.example`, adminPassword: password };
const faq = {
  questions: ['How long does shipping take?', '发货要多久？'],
  answer: `Parcels arrive within 3 working days (${run}).`,
  category: 'Shipping',
};

const browser = await launchChromium();

async function newPage() {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  state.page = p;
  return p;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Types one value into the generated input for property `name` inside `form`, whatever kind of input it is. */
async function fillConfigField(form, name, value) {
  const input = form.locator(`[data-field="${name}"]`);
  if ((await input.count()) !== 1) throw new Error(`the form has no input for "${name}"`);
  const { tag, type } = await input.evaluate((el) => ({ tag: el.tagName.toLowerCase(), type: el.getAttribute('type') }));
  if (type === 'checkbox') await input.setChecked(value === true);
  else if (tag === 'select') await input.selectOption(String(value));
  else await input.fill(Array.isArray(value) ? value.join('\n') : String(value));
}

// ---- the platform admin ----

const admin = await newPage();
let platformToken;
let before = [];
let installed;

await step('the platform admin signs in without a company and opens Plugins from the navigation', async () => {
  platformToken = await login(undefined, platformAdmin.email, platformAdmin.password);
  before = await api('GET', '/api/v1/platform/plugins', platformToken);
  const sum = sha256(PLUGIN_JAR);
  const same = before.find((x) => x.sha256 === sum);
  check(!same, `PLUGIN_JAR is installed already as ${same?.id} ${same?.version}: the platform would refuse it as a duplicate`);
  await signInUi(admin, '', platformAdmin.email, platformAdmin.password);
  await expectText(admin.getByTestId('company-name'), 'Platform administration', 'header');
  await nav(admin).getByRole('link', { name: 'Plugins' }).click();
  await admin.getByRole('heading', { name: 'Plugins', exact: true }).waitFor();
});

await step('the list shows every installed plugin with its version, state and signer, and the trust settings', async () => {
  const list = admin.getByTestId('plugin-list');
  if (before.length) await waitOrBanner(admin, list.locator('article'));
  check((await list.locator('article').count()) === before.length, `${before.length} plugins installed, ${await list.locator('article').count()} shown`);
  for (const p of before) {
    const card = admin.getByTestId(`plugin-${p.id}`);
    await expectText(card, p.version, `${p.id}'s card`);
    await expectText(card.getByTestId('plugin-state'), { active: 'Active', disabled: 'Disabled', failed: 'Failed' }[p.state], `${p.id}'s state`);
    if (p.signer === 'unsigned') await card.getByTestId('unsigned').waitFor();
    else await expectText(card, p.signer, `${p.id}'s signer`);
  }
  const trust = await api('GET', '/api/v1/platform/plugins/trust', platformToken);
  check((await admin.getByTestId('unsigned-allowed').count()) === (trust.allowUnsigned ? 1 : 0), `the unsigned banner should ${trust.allowUnsigned ? '' : 'not '}show`);
  await admin.getByRole('heading', { name: 'Trusted signers' }).waitFor();
  for (const c of trust.certificates) await expectText(admin.getByTestId('trusted-certificates'), c.sha256, 'trusted certificates');
});

await step(`uploading ${basename(PLUGIN_JAR)} installs it`, async () => {
  const form = admin.getByRole('form', { name: 'Install a plugin' });
  await form.getByLabel('Plugin jar').setInputFiles(PLUGIN_JAR);
  await form.getByRole('button', { name: 'Install' }).click();
  await waitOrBanner(admin, form.getByTestId('install-result').filter({ hasText: /Installed|Upgraded/ }), form);
  const after = await api('GET', '/api/v1/platform/plugins', platformToken);
  installed = after.find((x) => x.sha256 === sha256(PLUGIN_JAR));
  check(installed, 'the platform does not list the uploaded jar');
  const wasThere = before.some((x) => x.id === installed.id);
  await expectText(form.getByTestId('install-result'), wasThere ? `Upgraded ${installed.name} to ${installed.version}` : `Installed ${installed.name} ${installed.version}`, 'install result');
  await expectText(admin.getByTestId(`plugin-${installed.id}`).getByTestId('plugin-state'), 'Active', 'the new plugin');
  console.log(`#   installed ${installed.id} ${installed.version}, signer ${installed.signer}`);
});

await step('disabling and enabling it again works from its card', async () => {
  const card = admin.getByTestId(`plugin-${installed.id}`);
  await card.getByRole('button', { name: 'Disable' }).click();
  await waitOrBanner(admin, card.getByTestId('plugin-state').filter({ hasText: 'Disabled' }), card);
  check((await api('GET', '/api/v1/platform/plugins', platformToken)).find((x) => x.id === installed.id).state === 'disabled', 'the server still has it active');
  await card.getByRole('button', { name: 'Enable' }).click();
  await waitOrBanner(admin, card.getByTestId('plugin-state').filter({ hasText: 'Active' }), card);
});

await step(`uploading ${basename(BAD_PLUGIN_JAR)} is refused with the platform's reason`, async () => {
  const form = admin.getByRole('form', { name: 'Install a plugin' });
  const count = await admin.getByTestId('plugin-list').locator('article').count();
  await form.getByLabel('Plugin jar').setInputFiles(BAD_PLUGIN_JAR);
  await form.getByRole('button', { name: 'Install' }).click();
  const banner = form.getByTestId('error');
  await banner.waitFor();
  const shown = (await banner.textContent()).trim();
  // The same jar through the API: the page must show exactly the problem's detail.
  const res = await fetch(`${BASE}/api/v1/platform/plugins`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${platformToken}`, 'Content-Type': 'application/java-archive' },
    body: readFileSync(BAD_PLUGIN_JAR),
  });
  const problem = await res.json().catch(() => ({}));
  check(res.status >= 400, `the API accepted BAD_PLUGIN_JAR (${res.status})`);
  check(shown === problem.detail, `the page shows "${shown}", the API says "${problem.detail}"`);
  check((await form.getByTestId('install-result').textContent()).trim() === '', 'a success message shows next to the refusal');
  check((await admin.getByTestId('plugin-list').locator('article').count()) === count, 'the refused jar appeared in the list');
  console.log(`#   refused (${res.status}): ${shown}`);
});

// ---- a company admin ----

const pluginId = process.env.PLUGIN_ID || installed?.id;
const ui = await newPage();
let tenantToken;

await step('a company admin signs in and opens Plugins from the navigation', async () => {
  if (!process.env.TENANT_SLUG) await api('POST', '/api/v1/signup', null, company);
  tenantToken = await login(company.slug, company.adminEmail, company.adminPassword);
  // One CS account, so the per-account settings have a row.
  await api('POST', '/api/v1/accounts', tenantToken, { name: 'Support desk', welcomeMessage: '', offHoursReply: '', assistantEnabled: true });
  await signInUi(ui, company.slug, company.adminEmail, company.adminPassword);
  await nav(ui).getByRole('link', { name: 'Plugins' }).click();
  await ui.getByRole('heading', { name: 'Plugins', exact: true }).waitFor();
  await waitOrBanner(ui, ui.getByTestId('tenant-plugin-list').locator('article'));
});

/** Enables `id` for the whole company with `config` typed into its form; returns the company's binding. */
async function enableForCompany(id, config) {
  check(id, 'no PLUGIN_ID and no plugin installed by this run');
  const card = ui.getByTestId(`tenant-plugin-${id}`);
  await card.waitFor();
  const plugins = await api('GET', '/api/v1/plugins', tenantToken);
  const plugin = plugins.find((x) => x.id === id);
  await expectText(card, plugin.description.slice(0, 60), `${id}'s description`);
  const form = card.getByRole('form', { name: `${plugin.name} settings for the company` });
  for (const [name, value] of Object.entries(config)) await fillConfigField(form, name, value);
  await form.getByRole('button', { name: 'Save and enable' }).click();
  const enabled = form.getByTestId('binding-status').filter({ hasText: ENABLED });
  const fieldErrors = form.locator('.field-error');
  await Promise.race([
    waitOrBanner(ui, enabled, form),
    fieldErrors.first().waitFor().then(async () => {
      throw new Error(`the form refused: ${(await fieldErrors.allTextContents()).join(' ')}`);
    }),
  ]);
  const binding = (await api('GET', '/api/v1/plugins', tenantToken)).find((x) => x.id === id).tenant;
  check(binding?.enabled, `the server has ${id} ${binding ? 'disabled' : 'not configured'} for the company`);
  return { plugin, binding, form };
}

await step(`the admin fills ${pluginId}'s generated form, saves and enables it for the company`, async () => {
  const { plugin, binding } = await enableForCompany(pluginId, pluginConfig);
  for (const [name, value] of Object.entries(pluginConfig)) {
    const secret = plugin.configSchema?.properties?.[name]?.writeOnly === true;
    if (secret) {
      check(binding.secretsSet.includes(name), `the secret ${name} was not stored`);
      check(!(name in binding.config), `the secret ${name} came back in the config`);
    } else {
      check(JSON.stringify(binding.config[name]) === JSON.stringify(value), `${name} stored as ${JSON.stringify(binding.config[name])}, typed ${JSON.stringify(value)}`);
    }
  }
});

await step('after a reload the plugin stays enabled and its secrets show as set, not their values', async () => {
  await ui.reload();
  const card = ui.getByTestId(`tenant-plugin-${pluginId}`);
  await waitOrBanner(ui, card.getByTestId('binding-status').first());
  await expectText(card.getByTestId('binding-status').first(), ENABLED, 'status after reload');
  const plugin = (await api('GET', '/api/v1/plugins', tenantToken)).find((x) => x.id === pluginId);
  for (const name of Object.keys(pluginConfig)) {
    if (plugin.configSchema?.properties?.[name]?.writeOnly !== true) continue;
    const input = card.locator(`[data-field="${name}"]`).first();
    check((await input.inputValue()) === '', `the secret ${name} is shown`);
    check((await input.getAttribute('placeholder')) === 'set — leave empty to keep', `the secret ${name} does not say it is set`);
  }
});

// ---- the knowledge base ----

await step('the knowledge base is in the navigation and opens once its plugin is enabled', async () => {
  if (pluginId !== KNOWLEDGE) {
    const kb = (await api('GET', '/api/v1/plugins', tenantToken)).find((x) => x.id === KNOWLEDGE);
    check(kb, `the platform does not offer ${KNOWLEDGE}`);
    if (!kb.tenant?.enabled) await enableForCompany(KNOWLEDGE, {});
  }
  await nav(ui).getByRole('link', { name: 'Knowledge base' }).click();
  await ui.getByRole('heading', { name: 'Knowledge base' }).waitFor();
  await waitOrBanner(ui, ui.getByRole('heading', { name: /^Entries/ }));
});

await step('the admin adds an entry with two phrasings and finds it by category and by search', async () => {
  await ui.getByRole('button', { name: 'New entry' }).click();
  const form = ui.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Questions').fill(faq.questions.join('\n'));
  await form.getByLabel('Answer').fill(faq.answer);
  await form.getByLabel('Category').fill(faq.category);
  await form.getByRole('button', { name: 'Add entry' }).click();
  const entry = ui.getByTestId('entry').filter({ hasText: faq.answer });
  await waitOrBanner(ui, entry, form);
  await expectText(entry, faq.questions[1], 'the second phrasing');
  await ui.getByLabel('Category', { exact: true }).selectOption(faq.category);
  await expectText(ui.getByTestId('entry'), faq.answer, 'filtered by category');
  await ui.getByLabel('Search', { exact: true }).fill('shipping days');
  await ui.getByRole('button', { name: 'Search', exact: true }).click();
  await expectText(ui.getByTestId('entry').first(), faq.answer, 'search results');
  const stored = await api('GET', `/api/v1/plugins/${KNOWLEDGE}/entries?category=${encodeURIComponent(faq.category)}`, tenantToken);
  check(stored.entries.some((e) => e.answer === faq.answer && e.questions.length === 2), 'the server has not stored the entry as typed');
});

await step('trying a customer question shows the answer the assistant would give', async () => {
  const box = ui.getByRole('form', { name: 'Try a question' });
  await box.getByLabel('A customer writes').fill('how long does shipping take');
  await box.getByRole('button', { name: 'Try' }).click();
  const result = ui.getByTestId('try-result');
  await waitOrBanner(ui, result);
  await expectText(result.getByTestId('try-outcome'), 'Answers directly', 'outcome');
  await expectText(result.getByTestId('try-reply'), faq.answer, 'reply');
});

await step('a CSV with a bad row is refused with its line, and the export downloads the entries', async () => {
  const bad = 'category,questions,answer\nShipping,Where is my parcel?,\n';
  const form = ui.getByRole('form', { name: 'Import a CSV file' });
  await form.getByLabel('CSV file (UTF-8)').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await form.getByRole('button', { name: 'Import' }).click();
  await expectText(form.getByTestId('import-errors'), 'Line 2:', 'per-row errors');
  const download = ui.waitForEvent('download');
  await ui.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const text = readFileSync(await file.path(), 'utf8');
  check(text.includes(faq.questions.join('|')), `the export lacks the entry: ${text.slice(0, 200)}`);
});

if (process.env.PLUGIN_REMOVE === 'true') {
  await step('the platform admin removes the uploaded plugin after a confirmation naming it', async () => {
    state.page = admin;
    const card = admin.getByTestId(`plugin-${installed.id}`);
    let asked = '';
    admin.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await card.getByRole('button', { name: 'Remove' }).click();
    await card.waitFor({ state: 'detached' });
    check(asked.includes(installed.name) && asked.includes(installed.id), `the confirmation does not name the plugin: "${asked}"`);
    check(!(await api('GET', '/api/v1/platform/plugins', platformToken)).some((x) => x.id === installed.id), 'the server still lists it');
  });
}

await browser.close();
process.exit(finish());
