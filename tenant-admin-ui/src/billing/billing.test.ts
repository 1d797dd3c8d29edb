import { describe, expect, it } from 'vitest';
import type { Me } from '../types';
import {
  billingAccess, changeOutcome, defaultSeats, formatBytes, invoiceHistory, invoiceStatus, invoiceToPay, meterLevel, meterRows, payable,
  pdfFileName, pendingNote, planTermLines, previewSummary, priceLabel, refundable, seatsError, signupOffer, statusNote, taxRate, upgradeOffer, usageAlert,
} from './billing';
import { BUSINESS, FREE, TEAM, invoice, subscription, usage } from './testData';
import type { ChangeOutcome, PaymentView, PlanView } from './types';

const en = ['en-US', 'UTC'] as const;

describe('billingAccess', () => {
  const me = (roles: Me['user']['roles'], tenant: boolean): Me => ({
    user: { id: 'u', email: 'e', name: 'n', roles },
    tenant: tenant ? { id: 't', slug: 's', name: 'T' } : null,
  });
  it('gives billing to tenant admins and the catalog to the platform admin', () => {
    expect(billingAccess(me(['tenant-admin'], true))).toEqual({ tenant: true, platform: false });
    expect(billingAccess(me(['supervisor', 'agent'], true))).toEqual({ tenant: false, platform: false });
    expect(billingAccess(me(['platform-admin'], false))).toEqual({ tenant: false, platform: true });
  });
});

describe('meters', () => {
  it('levels at 80 and 100 %', () => {
    expect(meterLevel(null)).toBe('ok');
    expect(meterLevel(79)).toBe('ok');
    expect(meterLevel(80)).toBe('warning');
    expect(meterLevel(99)).toBe('warning');
    expect(meterLevel(100)).toBe('full');
    expect(meterLevel(250)).toBe('full');
  });

  it('lists the limited meters as bars, capped at full width', () => {
    const rows = meterRows(usage({
      conversations: { used: 120, limit: 100, percent: 120 },
      accounts: { used: 1, limit: 1, percent: 100 },
      seats: { used: 1, limit: 2, percent: 50 },
      plugins: { used: 3, limit: null, percent: null },
      messages: { used: 900, limit: null, percent: null },
    }));
    expect(rows.map((r) => [r.name, r.fill, r.level, r.text])).toEqual([
      ['conversations', 100, 'full', '120 of 100 (120 %)'],
      ['accounts', 100, 'full', '1 of 1 (100 %)'],
      ['seats', 50, 'ok', '1 of 2 (50 %)'],
      ['plugins', null, 'ok', '3 (unlimited)'],
    ]);
  });

  it('words storage', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
  });
});

describe('usage banner', () => {
  it('says nothing below 80 % or without limits', () => {
    expect(usageAlert(usage({ conversations: { used: 79, limit: 100, percent: 79 }, plugins: { used: 9, limit: null, percent: null } }), 'Team')).toBeNull();
  });

  it('warns at 80 % with the percentage', () => {
    expect(usageAlert(usage({ conversations: { used: 1700, limit: 2000, percent: 85 } }), 'Team')).toEqual({
      level: 'warning', meter: 'conversations', message: "You have used 85 % of your Team plan's conversations this period.",
    });
  });

  it('is stronger at the limit and picks the most used meter', () => {
    const alert = usageAlert(usage({
      conversations: { used: 85, limit: 100, percent: 85 },
      accounts: { used: 1, limit: 1, percent: 100 },
      seats: { used: 1, limit: 2, percent: 50 },
    }), 'Free');
    expect(alert).toEqual({ level: 'full', meter: 'accounts', message: "You have used all of your Free plan's CS accounts (1 of 1 CS account)." });
    expect(usageAlert(usage({ conversations: { used: 2400, limit: 2000, percent: 120 } }), 'Team')?.message).toBe(
      "You have used 120 % of your Team plan's conversations this period (2,400 of 2,000 conversations).",
    );
  });

  it('says visitors leave messages when a hard conversation limit is used up, before any other meter', () => {
    const full = usage({ conversations: { used: 100, limit: 100, percent: 100 }, accounts: { used: 1, limit: 1, percent: 100 } });
    expect(usageAlert(full, 'Free', true)).toEqual({
      level: 'full',
      meter: 'conversations',
      message: "Your Free plan's 100 conversations this period are used up: new visitors are asked to leave a message"
        + ' instead of chatting (see "Messages left" in the workspace).',
    });
    expect(usageAlert(full, 'Free', false)?.meter).toBe('conversations'); // billed past the limit: the usual words
    expect(usageAlert(full, 'Free', false)?.message).toContain('You have used all');
    expect(usageAlert(usage({ conversations: { used: 99, limit: 100, percent: 99 } }), 'Free', true)?.level).toBe('warning');
  });
});

describe('quota refusals', () => {
  const quota = { limit: 'accounts', used: 1, allowed: 1, plan: 'free', upgradeTo: 'team' as string | null };
  it('offers the plan that lifts the limit by its name', () => {
    expect(upgradeOffer(quota, [FREE, TEAM])).toEqual({ text: 'Upgrade to Team', href: '#/billing' });
    expect(upgradeOffer({ ...quota, upgradeTo: 'pro-plus' }, [])).toEqual({ text: 'Upgrade to Pro Plus', href: '#/billing' });
    expect(upgradeOffer({ ...quota, upgradeTo: null }, [])).toEqual({ text: 'See plans', href: '#/billing' });
  });
});

describe('subscription', () => {
  it('notes a trial, a past-due payment and a waiting change', () => {
    expect(statusNote(subscription(), ...en)).toBeNull();
    expect(statusNote(subscription({ status: 'trialing', trialEnd: '2025-03-15T00:00:00Z' }), ...en)).toBe('Your free trial of Team ends on Mar 15, 2025.');
    expect(statusNote(subscription({ status: 'past-due' }), ...en)).toMatch(/past due/);
    expect(pendingNote(subscription(), ...en)).toBeNull();
    expect(pendingNote(subscription({ atPeriodEnd: { plan: null, cycle: null, seats: null, cancels: true } }), ...en)).toBe(
      'Your subscription ends on Apr 1, 2025, when the paid period is over.',
    );
    expect(pendingNote(subscription({ atPeriodEnd: { plan: FREE, cycle: 'monthly', seats: 2, cancels: false } }), ...en)).toBe(
      'From Apr 1, 2025: the Free plan and 2 seats.',
    );
    expect(pendingNote(subscription({ cycle: 'yearly', atPeriodEnd: { plan: TEAM, cycle: 'monthly', seats: 5, cancels: false } }), ...en)).toBe(
      'From Apr 1, 2025: monthly billing.',
    );
  });
});

describe('plans', () => {
  it('shows both prices', () => {
    expect(priceLabel(TEAM, 'monthly', 'en-US')).toBe('$29.00 / month');
    expect(priceLabel(TEAM, 'yearly', 'en-US')).toBe('$290.00 / year');
    expect(priceLabel(FREE, 'yearly', 'en-US')).toBe('Free');
  });

  it('lists included seats and limits', () => {
    expect(planTermLines(TEAM, 'en-US')).toEqual([
      '5 seats included',
      'Extra seats $9.00 / month or $90.00 / year, up to 50',
      '5 CS accounts',
      '2,000 conversations per period',
      'Beyond that $5.00 per 100 conversations',
      '5 plugins',
      'History kept 365 days',
      '14 days free trial',
    ]);
    expect(planTermLines(FREE, 'en-US')).toContain('No extra seats');
    expect(planTermLines(FREE, 'en-US')).toContain('1 CS account');
    expect(planTermLines(BUSINESS, 'en-US')).toContain('Every plugin');
  });

  it('proposes seats and checks them', () => {
    expect(defaultSeats(TEAM, subscription({ plan: FREE, seats: 2 }))).toBe(5);
    expect(defaultSeats(TEAM, subscription({ seats: 8 }))).toBe(8);
    expect(defaultSeats(TEAM, null, 7)).toBe(7);
    expect(defaultSeats(FREE, null, 7)).toBe(2);
    expect(seatsError('5', TEAM)).toBeUndefined();
    expect(seatsError('4', TEAM)).toMatch(/at least/);
    expect(seatsError('51', TEAM)).toMatch(/at most 50/);
    expect(seatsError('3', FREE)).toMatch(/no seats beyond/);
    expect(seatsError('2.5', TEAM)).toMatch(/whole number/);
  });
});

describe('changes', () => {
  const outcome = (over: Partial<ChangeOutcome>): ChangeOutcome => ({
    effective: 'now', effectiveAt: '2025-03-16T12:00:00Z', plan: TEAM, cycle: 'monthly', seats: 5,
    lines: [], dueNow: 1403, currency: 'USD', ...over,
  });
  it('says what is due now or when the change takes effect', () => {
    expect(previewSummary(outcome({}), ...en)).toBe('Due now: $14.03');
    expect(previewSummary(outcome({ effective: 'period_end', effectiveAt: '2025-04-01T00:00:00Z' }), ...en)).toBe(
      'Takes effect at period end on Apr 1, 2025',
    );
    expect(changeOutcome(outcome({}), ...en)).toBe('You are now on Team, monthly, 5 seats.');
    expect(changeOutcome(outcome({ effective: 'period_end', plan: FREE, seats: 2, effectiveAt: '2025-04-01T00:00:00Z' }), ...en)).toBe(
      'Free, monthly, 2 seats takes effect on Apr 1, 2025.',
    );
  });
});

describe('invoices', () => {
  it('marks open invoices past due as overdue', () => {
    const now = new Date('2025-03-20T00:00:00Z');
    expect(invoiceStatus({ status: 'open', dueAt: '2025-03-15T00:00:00Z' }, now)).toEqual({ label: 'Overdue', tone: 'overdue' });
    expect(invoiceStatus({ status: 'open', dueAt: '2025-03-31T00:00:00Z' }, now)).toEqual({ label: 'Open', tone: 'open' });
    expect(invoiceStatus({ status: 'paid', dueAt: '2025-03-15T00:00:00Z' }, now)).toEqual({ label: 'Paid', tone: 'paid' });
  });
  it('names the PDF after the invoice number and words tax rates', () => {
    expect(pdfFileName('FD-2025-000042')).toBe('FD-2025-000042.pdf');
    expect(pdfFileName('A/B')).toBe('A-B.pdf');
    expect(taxRate(1300)).toBe('13 %');
    expect(taxRate(825)).toBe('8.25 %');
    expect(taxRate(0)).toBe('0 %');
  });
});

describe('payments', () => {
  const paid = (over: Partial<PaymentView> = {}): PaymentView => ({
    id: 'p1', provider: 'fakecard', reference: 'fc_1', status: 'paid', amount: 5000, currency: 'USD', refunded: 0, refunding: 0, redirectUrl: null,
    instructions: null, note: null, createdAt: '2025-03-02T00:00:00Z', paidAt: '2025-03-02T00:00:00Z', ...over,
  });

  it('offers paying and voiding on open invoices only', () => {
    expect(payable(invoice('FD-1', 100))).toBe(true);
    expect(payable(invoice('FD-1', 100, { status: 'paid' }))).toBe(false);
    expect(payable(invoice('FD-1', 100, { status: 'void' }))).toBe(false);
  });

  it('refunds what is left of the paid payment, and nothing without one', () => {
    expect(refundable(invoice('FD-1', 5000, { payments: [paid({ status: 'failed' }), paid({ id: 'p2', refunded: 1500 })] })))
      .toEqual({ payment: paid({ id: 'p2', refunded: 1500 }), left: 3500 });
    expect(refundable(invoice('FD-1', 5000, { payments: [paid({ status: 'refunded', refunded: 5000 })] }))).toBeNull();
  });

  it('tells what happened to an invoice', () => {
    expect(invoiceHistory(invoice('FD-1', 5000), 'en-US', 'UTC')).toBe('');
    expect(invoiceHistory(invoice('FD-1', 5000, { status: 'paid', paidAt: '2025-03-02T10:00:00Z', paymentReference: 'WIRE-1', refundedAmount: 1500 }), 'en-US', 'UTC'))
      .toBe('Paid on Mar 2, 2025 (reference WIRE-1) · $15.00 refunded');
    expect(invoiceHistory(invoice('FD-1', 5000, { status: 'paid', paidAt: '2025-03-02T10:00:00Z', payments: [paid({ refunding: 700 })] }), 'en-US', 'UTC'))
      .toBe('Paid on Mar 2, 2025 · $7.00 being refunded');
    expect(refundable(invoice('FD-1', 5000, { payments: [paid({ refunded: 1500, refunding: 700 })] }))?.left).toBe(2800);
    expect(invoiceHistory(invoice('FD-1', 5000, { status: 'void', voidedAt: '2025-03-03T00:00:00Z', voidReason: 'Billed in error.' }), 'en-US', 'UTC'))
      .toBe('Voided on Mar 3, 2025: Billed in error.');
  });

  it('asks a past-due company to pay its oldest open invoice first', () => {
    const older = invoice('FD-1', 100, { dueAt: '2025-02-15T00:00:00Z' });
    const newer = invoice('FD-2', 100, { dueAt: '2025-03-15T00:00:00Z' });
    expect(invoiceToPay([newer, invoice('FD-0', 1, { status: 'paid' }), older])?.number).toBe('FD-1');
    expect(invoiceToPay([invoice('FD-0', 1, { status: 'void' })])).toBeNull();
  });
});

describe('signup offer', () => {
  it('says what a plan costs when a company starts on it', () => {
    const base = { monthlyPrice: 2_900, yearlyPrice: 29_000, currency: 'USD', trialDays: 14 } as PlanView;
    expect(signupOffer({ ...base, monthlyPrice: 0, yearlyPrice: 0 }, 'en-US')).toBe('no charge');
    expect(signupOffer(base, 'en-US')).toBe('14-day free trial, then $29.00 / month');
    expect(signupOffer({ ...base, trialDays: 0 }, 'en-US')).toBe('$29.00 / month, invoiced at once');
  });
});
