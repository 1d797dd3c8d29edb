#!/usr/bin/env node
// Browser check of billing: a company signs up on the Free plan (chosen on the signup form) and sees its plan,
// meters and usage chart (per day and per month, as the API counts), hits the CS-account limit (the usage banner, then a refused second account with its upgrade
// link), previews and confirms an upgrade to Team; the platform admin sees the company with its plan under
// Companies, and the catalog under Plans; then sets up bank transfer under Payment providers, and a company with an
// open invoice pays it: it sees the bank details with its invoice number as the reference, and the platform admin
// marks the invoice paid from the company's invoices. The chart is saved as target/e2e/usage-chart.png.
//
// Usage: BASE_URL=http://localhost:8080 node e2e/billing.mjs
// Environment:
//   BASE_URL                 the deployment (required)
//   CHROMIUM_PATH            default /usr/bin/chromium
//   PLATFORM_ADMIN_EMAIL     default platform@frontdesk.test     (the ITs' FRONTDESK_ADMIN_EMAIL)
//   PLATFORM_ADMIN_PASSWORD  default platform-password-1
//   FREE_PLAN, UPGRADE_PLAN  plan codes, default free and team: the company signs up on FREE_PLAN through the API
//                            (the IT server's default signup plan is Business) and upgrades to UPGRADE_PLAN;
//                            FREE_PLAN must allow exactly one CS account and UPGRADE_PLAN more
// Prints "ok - <step>" / "not ok - <step>: <reason>", then "N passed, M failed"; exits 1 on any failure.
import {
  api, BASE_URL, check, expectText, failOnErrorBanner, launchChromium, login, nav, platformAdmin, signInUi, SHOT_DIR, steps,
  waitOrBanner,
} from './lib.mjs';
import { mkdirSync } from 'node:fs';

const { step, state, finish } = steps('billing');

const FREE = process.env.FREE_PLAN || 'free';
const UPGRADE = process.env.UPGRADE_PLAN || 'team';

const run = Date.now().toString(36);
const company = {
  companyName: `Billing ${run}`, slug: `billing-${run}`, adminName: 'Bea Billing', adminEmail: `bea-${run}@billing.example`,
  adminPassword: 'correct-horse-battery', plan: FREE,
};

const browser = await launchChromium();

async function newPage() {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  state.page = p;
  return p;
}


async function createAccountUi(p, name) {
  await p.goto('/#/accounts/new');
  const form = p.getByRole('form', { name: 'New customer-service account' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Create account' }).click();
  return form;
}

// ---- the company admin ----

const ui = await newPage();
let token;
let plans = [];
const planName = (code) => plans.find((p) => p.code === code)?.name ?? code;

await step(`a company signs up choosing the ${FREE} plan on the form and its admin opens Billing from the navigation`, async () => {
  plans = await api('GET', '/api/v1/billing/plans');
  check(plans.some((p) => p.code === FREE) && plans.some((p) => p.code === UPGRADE), `plans on sale: ${plans.map((p) => p.code).join(', ')}`);
  check(plans.find((p) => p.code === FREE).limits.accounts === 1, `the ${FREE} plan should allow exactly 1 CS account`);
  const byDefault = await api('GET', '/api/v1/billing/plans/signup-default');
  await ui.goto('/#/signup');
  const choice = ui.getByTestId('signup-plans');
  check(await choice.getByLabel(new RegExp(`^${byDefault.name} ·`)).isChecked(), `the platform's signup plan ${byDefault.code} is not chosen first`);
  const trial = plans.find((p) => p.code === UPGRADE);
  await expectText(choice.locator(`label[for="plan-${UPGRADE}"]`), `${trial.trialDays}-day free trial`, 'the paid plan offers its trial');
  await ui.getByLabel('Company name', { exact: true }).fill(company.companyName);
  await ui.getByLabel('URL slug', { exact: true }).fill(company.slug);
  await ui.getByLabel('Your name', { exact: true }).fill(company.adminName);
  await ui.getByLabel('Email', { exact: true }).fill(company.adminEmail);
  await ui.getByLabel('Password', { exact: true }).fill(company.adminPassword);
  await choice.locator(`#plan-${FREE}`).check();
  await ui.getByRole('button', { name: 'Create company' }).click();
  await waitOrBanner(ui, ui.getByTestId('company-name'));
  token = await login(company.slug, company.adminEmail, company.adminPassword);
  const s = await api('GET', '/api/v1/billing/subscription', token);
  check(s.plan.code === FREE, `signed up on ${s.plan.code}, not ${FREE}`);
  await nav(ui).getByRole('link', { name: 'Billing' }).click();
  await ui.getByRole('heading', { name: 'Billing', exact: true }).waitFor();
});

await step('the page shows the plan, its meters against the limits, the plans to choose from and the invoices', async () => {
  await waitOrBanner(ui, ui.getByTestId('current-plan'));
  await expectText(ui.getByTestId('current-plan'), planName(FREE), 'current plan');
  await expectText(ui.getByTestId('meter-accounts'), '0 of 1', 'accounts meter');
  await expectText(ui.getByTestId('meter-conversations'), / of [\d,]+ \(/, 'conversations meter');
  check((await ui.getByTestId('meter-accounts').getByRole('progressbar').count()) === 1, 'the accounts meter has no bar');
  await ui.getByTestId('figure-messages').waitFor();
  const upgrade = ui.getByTestId(`plan-${UPGRADE}`);
  await expectText(upgrade, '/ month', 'monthly price');
  await expectText(upgrade, '/ year', 'yearly price');
  await expectText(upgrade, 'seats included', 'included seats');
  await expectText(ui.getByTestId('invoices'), 'No invoices yet', 'invoices');
  check(!(await ui.getByTestId('usage-banner').count()), 'a usage banner shows with nothing used');
});

await step('usage over time is charted per day and per month, the figures matching the API', async () => {
  const chart = ui.getByTestId('usage-history');
  await waitOrBanner(ui, chart.getByTestId('usage-history-summary'));
  const bars = chart.getByTestId('usage-bar');
  check((await bars.count()) === 30, `${await bars.count()} daily bars, not 30`);
  await chart.getByTestId('usage-series').selectOption({ label: 'Messages' });
  await expectText(chart.getByTestId('usage-history-summary'), 'Messages per day', 'chart summary');
  const days = await api('GET', '/api/v1/billing/usage/history?unit=day', token);
  const shown = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  check(JSON.stringify(shown) === JSON.stringify(days.points.map((p) => String(p.messages))), `bars ${shown} differ from the API`);
  await chart.getByText('Last 12 months').click();
  await expectText(chart.getByTestId('usage-history-summary'), 'Messages per month', 'chart summary');
  check((await bars.count()) === 12, `${await bars.count()} monthly bars, not 12`);
  mkdirSync(SHOT_DIR, { recursive: true });
  await chart.screenshot({ path: `${SHOT_DIR}usage-chart.png` });
  await chart.getByText('Show the figures').click();
  const thisMonth = new Date().toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  await expectText(chart.locator('table'), thisMonth, 'figures table');
});

await step('with the one CS account the plan allows, the banner says the limit is reached and links to Billing', async () => {
  const form = await createAccountUi(ui, 'Front desk');
  await waitOrBanner(ui, ui.getByTestId('account-name'), form);
  const banner = ui.getByTestId('usage-banner');
  await expectText(banner, `your ${planName(FREE)} plan's CS accounts`, 'usage banner');
  check((await banner.getAttribute('data-level')) === 'full', `banner level ${await banner.getAttribute('data-level')}, not full`);
  check((await ui.getByTestId('usage-banner-link').getAttribute('href')) === '#/billing', 'the banner does not link to #/billing');
});

await step('a second account is refused with the limit explained and an upgrade link to Billing', async () => {
  const form = await createAccountUi(ui, 'Second desk');
  const error = form.getByTestId('error');
  await error.waitFor();
  await expectText(error, `${planName(FREE)} plan allows 1`, 'quota problem');
  const link = error.getByTestId('upgrade-link');
  await expectText(link, `Upgrade to ${planName(UPGRADE)}`, 'upgrade link');
  check((await link.getAttribute('href')) === '#/billing', 'the upgrade link does not go to #/billing');
  const accounts = await api('GET', '/api/v1/accounts', token);
  check(accounts.length === 1, `${accounts.length} accounts exist`);
  await link.click();
  await ui.getByRole('heading', { name: 'Billing', exact: true }).waitFor();
  await expectText(ui.getByTestId('meter-accounts'), '1 of 1', 'accounts meter after the first account');
});

await step(`previewing ${UPGRADE} shows the prorated lines, what is due now and a Confirm button`, async () => {
  await ui.getByTestId('cycle-monthly').check({ force: true });
  await ui.getByTestId(`choose-${UPGRADE}`).click();
  await ui.getByTestId('preview-change').click();
  const preview = ui.getByTestId('change-preview');
  await waitOrBanner(ui, preview, ui.getByTestId('plan-chooser'));
  await expectText(preview, planName(UPGRADE), 'preview heading');
  check((await preview.getByTestId('preview-lines').locator('tbody tr').count()) > 0, 'the preview has no lines');
  await expectText(ui.getByTestId('preview-summary'), /Due now|Takes effect at period end on/, 'preview summary');
  await ui.getByTestId('confirm-change').waitFor();
  const s = await api('GET', '/api/v1/billing/subscription', token);
  check(s.plan.code === FREE, 'the preview changed the subscription');
});

await step(`confirming moves the company to ${UPGRADE}: the page, the API and the banner agree`, async () => {
  await ui.getByTestId('confirm-change').click();
  await waitOrBanner(ui, ui.getByTestId('current-plan').filter({ hasText: planName(UPGRADE) }), ui.getByTestId('plan-chooser'));
  await expectText(ui.getByTestId('change-result'), planName(UPGRADE), 'change result');
  const s = await api('GET', '/api/v1/billing/subscription', token);
  check(s.plan.code === UPGRADE, `the subscription is on ${s.plan.code}`);
  await ui.getByTestId('usage-banner').waitFor({ state: 'detached' });
  await expectText(ui.getByTestId('meter-accounts'), `1 of ${plans.find((p) => p.code === UPGRADE).limits.accounts}`, 'accounts meter');
});

await step('the second account can now be created', async () => {
  const form = await createAccountUi(ui, 'Second desk');
  await waitOrBanner(ui, ui.getByTestId('account-name').filter({ hasText: 'Second desk' }), form);
});

// ---- the platform admin ----

const admin = await newPage();

await step('the platform admin sees the company with its plan under Companies', async () => {
  await signInUi(admin, '', platformAdmin.email, platformAdmin.password);
  await expectText(admin.getByTestId('company-name'), 'Platform administration', 'header');
  await nav(admin).getByRole('link', { name: 'Companies' }).click();
  await admin.getByRole('heading', { name: 'Companies', exact: true }).waitFor();
  const row = admin.locator(`[data-testid="tenant-row"][data-slug="${company.slug}"]`);
  await waitOrBanner(admin, row);
  await expectText(row.getByTestId('tenant-plan'), planName(UPGRADE), 'company plan');
  await expectText(row, 'open', 'invoice counts');
  await expectText(admin.getByTestId('mrr-totals'), 'MRR', 'MRR totals');
});

await step('Plans lists the catalog with a revise form that says existing subscriptions keep their terms', async () => {
  await nav(admin).getByRole('link', { name: 'Plans' }).click();
  await admin.getByRole('heading', { name: 'Plans', exact: true }).waitFor();
  await waitOrBanner(admin, admin.getByTestId(`plan-${UPGRADE}`));
  await admin.getByTestId(`plan-${FREE}`).waitFor();
  await admin.getByTestId(`revise-${UPGRADE}`).click();
  await expectText(admin.getByTestId('revision-note'), 'keep the terms', 'revision note');
  await admin.getByTestId('plan-form').getByRole('button', { name: 'Cancel' }).click();
});

// ---- paying by bank transfer ----

const IBAN = 'GB33BUKB20201555555555';

await step('the platform admin sets up bank transfer under Payment providers and offers it to companies', async () => {
  await nav(admin).getByRole('link', { name: 'Payment providers' }).click();
  await admin.getByRole('heading', { name: 'Payment providers', exact: true }).waitFor();
  const card = admin.getByTestId('provider-payment-manual');
  await waitOrBanner(admin, card);
  await card.getByLabel('Account holder').fill('Frontdesk Ltd');
  await card.getByLabel('IBAN').fill(IBAN);
  const offer = card.getByRole('button', { name: 'Save and offer to companies' });
  await (await offer.count() ? offer : card.getByRole('button', { name: 'Save settings' })).click();
  await waitOrBanner(admin, card.getByTestId('provider-status').filter({ hasText: 'Offered to companies' }), card);
});

const payer = {
  companyName: `Payer ${run}`, slug: `payer-${run}`, adminName: 'Pat Payer', adminEmail: `pat-${run}@payer.example`,
  adminPassword: 'correct-horse-battery', plan: `e2e-pay-${run}`,
};
let payerInvoice;

await step('a company on a plan without a trial pays its open invoice by bank transfer and sees where to send the money', async () => {
  const platformToken = await login(undefined, platformAdmin.email, platformAdmin.password);
  await api('POST', `/api/v1/platform/plans?code=${payer.plan}`, platformToken, {
    name: `E2E pay ${run}`, currency: 'EUR', monthlyPrice: 4200, yearlyPrice: 42000, includedSeats: 3, trialDays: 0,
  });
  await api('POST', '/api/v1/signup', null, payer);
  const payerToken = await login(payer.slug, payer.adminEmail, payer.adminPassword);
  [payerInvoice] = await api('GET', '/api/v1/billing/invoices', payerToken);
  check(payerInvoice?.status === 'open', `the first invoice is ${payerInvoice?.status}`);
  const p = await newPage();
  await signInUi(p, payer.slug, payer.adminEmail, payer.adminPassword);
  await nav(p).getByRole('link', { name: 'Billing' }).click();
  await waitOrBanner(p, p.getByTestId('invoice-pay'));
  await p.getByTestId('invoice-pay').click();
  const panel = p.getByTestId('pay-panel');
  await waitOrBanner(p, panel.getByRole('radio', { name: 'Bank transfer' }), panel);
  await panel.getByRole('radio', { name: 'Bank transfer' }).check();
  await panel.getByTestId('pay-continue').click();
  const instructions = panel.getByTestId('pay-instructions');
  await waitOrBanner(p, instructions, panel);
  await expectText(instructions, `Payment reference: ${payerInvoice.number}`, 'the invoice number as the reference');
  await expectText(instructions, 'GB33 BUKB 2020 1555 5555 55', 'the IBAN');
  await expectText(instructions, 'EUR 42.00', 'the amount');
});

await step('the platform admin marks the transfer paid from the company\'s invoices', async () => {
  await nav(admin).getByRole('link', { name: 'Companies' }).click();
  const row = admin.locator(`[data-testid="tenant-row"][data-slug="${payer.slug}"]`);
  await waitOrBanner(admin, row);
  await row.getByTestId('tenant-invoices-toggle').click();
  const invoiceRow = admin.locator(`[data-testid="tenant-invoice"][data-number="${payerInvoice.number}"]`);
  await waitOrBanner(admin, invoiceRow);
  await invoiceRow.getByRole('button', { name: 'Mark paid' }).click();
  const form = admin.getByRole('form', { name: `Mark paid ${payerInvoice.number}` });
  await form.getByLabel('Payment reference').fill(`BANK-${run}`);
  await form.getByRole('button', { name: 'Mark paid' }).click();
  await waitOrBanner(admin, invoiceRow.filter({ hasText: `reference BANK-${run}` }), form);
});

await browser.close();
process.exit(finish());
