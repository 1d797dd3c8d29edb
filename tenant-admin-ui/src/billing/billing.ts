/** Words and decisions of the billing pages that need no browser: who sees them, meters, plan terms, changes. */
import type { Quota } from '../problem';
import type { Me } from '../types';
import { formatMoney } from './money';
import type {
  ChangeOutcome, Cycle, InvoiceStatus, InvoiceView, Meter, MeterName, PaymentView, PlanView, SubscriptionStatus, SubscriptionView, UsageView,
} from './types';

export interface BillingAccess {
  /** The company's subscription, usage and invoices: tenant admins. */
  tenant: boolean;
  /** Companies, plans and period closing: the platform admin. */
  platform: boolean;
}

export function billingAccess(me: Me): BillingAccess {
  return {
    tenant: !!me.tenant && me.user.roles.includes('tenant-admin'),
    platform: !me.tenant && me.user.roles.includes('platform-admin'),
  };
}

/** A day in the browser's locale ("Apr 1, 2025"); what came if it is not a date. */
export function formatDay(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

// ---- meters ----

interface MeterInfo {
  name: MeterName;
  label: string;
  /** Words for "N of them": "1 CS account". */
  unit: (n: number) => string;
  /** Counted per billing period (the others are what exists now). */
  perPeriod: boolean;
}

/** The meters with a limit, shown as bars, in the order the page lists them. */
export const LIMITED_METERS: MeterInfo[] = [
  { name: 'conversations', label: 'Conversations', unit: (n) => plural(n, 'conversation'), perPeriod: true },
  { name: 'accounts', label: 'CS accounts', unit: (n) => plural(n, 'CS account'), perPeriod: false },
  { name: 'seats', label: 'Seats', unit: (n) => plural(n, 'seat'), perPeriod: false },
  { name: 'plugins', label: 'Plugins', unit: (n) => plural(n, 'plugin'), perPeriod: false },
];

/** The meters shown as plain figures. */
export const COUNTED_METERS: { name: MeterName; label: string }[] = [
  { name: 'messages', label: 'Messages' },
  { name: 'assistantAnswers', label: 'Assistant answers' },
  { name: 'storageBytes', label: 'Storage' },
];

export type MeterLevel = 'ok' | 'warning' | 'full';

/** 80 % and up is a warning, 100 % and up the limit. */
export function meterLevel(percent: number | null | undefined): MeterLevel {
  if (percent === null || percent === undefined) return 'ok';
  if (percent >= 100) return 'full';
  return percent >= 80 ? 'warning' : 'ok';
}

export interface MeterRow {
  name: MeterName;
  label: string;
  used: number;
  limit: number | null;
  /** 0–100 for the bar's width; null when unlimited. */
  fill: number | null;
  percent: number | null;
  level: MeterLevel;
  text: string;
}

export function meterRows(usage: UsageView): MeterRow[] {
  return LIMITED_METERS.flatMap((m) => {
    const meter = usage.meters[m.name];
    if (!meter) return [];
    const limited = meter.limit !== null && meter.limit !== undefined;
    return [{
      name: m.name,
      label: m.label,
      used: meter.used,
      limit: limited ? meter.limit : null,
      fill: limited ? Math.min(100, Math.max(0, meter.percent ?? 0)) : null,
      percent: limited ? meter.percent : null,
      level: limited ? meterLevel(meter.percent) : 'ok',
      text: limited
        ? `${meter.used.toLocaleString('en-US')} of ${meter.limit!.toLocaleString('en-US')} (${meter.percent ?? 0} %)`
        : `${meter.used.toLocaleString('en-US')} (unlimited)`,
    }];
  });
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return plural(bytes, 'byte');
  return `${value.toFixed(value >= 10 ? 0 : 1)} ${units[unit]}`;
}

export function countedFigure(name: MeterName, meter: Meter | undefined): string {
  if (!meter) return '—';
  return name === 'storageBytes' ? formatBytes(meter.used) : meter.used.toLocaleString('en-US');
}

// ---- the usage banner ----

export interface UsageAlert {
  level: 'warning' | 'full';
  meter: MeterName;
  message: string;
}

/**
 * The banner tenant admins see across the console: the most used limited meter at 80 % or more, or nothing.
 * `plan` names the plan in the message. A hard conversation limit (no overage price) that is used up comes first,
 * since visitors feel it: they are asked to leave a message instead of chatting.
 */
export function usageAlert(
  usage: UsageView, planName: string, hardConversationLimit = false,
): UsageAlert | null {
  let worst: { info: MeterInfo; meter: Meter } | null = null;
  for (const info of LIMITED_METERS) {
    const meter = usage.meters[info.name];
    if (!meter || meter.limit === null || meter.limit === undefined || meter.percent === null || meter.percent < 80) continue;
    if (!worst || meter.percent > worst.meter.percent!) worst = { info, meter };
  }
  const conversations = usage.meters.conversations;
  if (hardConversationLimit && conversations?.limit != null && conversations.used >= conversations.limit) {
    return {
      level: 'full',
      meter: 'conversations',
      message: `Your ${planName} plan's ${plural(conversations.limit, 'conversation')} this period are used up: new`
        + ' visitors are asked to leave a message instead of chatting (see "Messages left" in the workspace).',
    };
  }
  if (!worst) return null;
  const { info, meter } = worst;
  const what = `your ${planName} plan's ${info.label === 'CS accounts' ? 'CS accounts' : info.label.toLowerCase()}`;
  const period = info.perPeriod ? ' this period' : '';
  if (meter.percent! < 100) {
    return { level: 'warning', meter: info.name, message: `You have used ${meter.percent} % of ${what}${period}.` };
  }
  const counts = `${meter.used.toLocaleString('en-US')} of ${info.unit(meter.limit!)}`;
  return {
    level: 'full',
    meter: info.name,
    message: meter.percent! > 100
      ? `You have used ${meter.percent} % of ${what}${period} (${counts}).`
      : `You have used all of ${what}${period} (${counts}).`,
  };
}

// ---- a quota refusal ----

/** The link a 402 quota problem offers: "Upgrade to Team", or "See plans" when no plan lifts the limit. */
export function upgradeOffer(quota: Quota, plans: Pick<PlanView, 'code' | 'name'>[]): { text: string; href: string } {
  if (!quota.upgradeTo) return { text: 'See plans', href: '#/billing' };
  const name = plans.find((p) => p.code === quota.upgradeTo)?.name ?? titleCase(quota.upgradeTo);
  return { text: `Upgrade to ${name}`, href: '#/billing' };
}

function titleCase(code: string): string {
  return code.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

// ---- the subscription ----

export const STATUS_LABELS: Record<SubscriptionStatus, string> = {
  trialing: 'Trial',
  active: 'Active',
  'past-due': 'Past due',
  canceled: 'Canceled',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as SubscriptionStatus] ?? status;
}

export const CYCLE_LABELS: Record<Cycle, string> = { monthly: 'Monthly', yearly: 'Yearly' };

/** One line about the state the company is in, or null when it is simply active. */
export function statusNote(s: SubscriptionView, locale?: string, timeZone?: string): string | null {
  switch (s.status) {
    case 'trialing':
      return `Your free trial of ${s.plan.name} ends on ${formatDay(s.trialEnd ?? s.periodEnd, locale, timeZone)}.`;
    case 'past-due':
      return 'Your payment is past due. Pay the open invoice below to keep your plan; until then some actions may be refused.';
    case 'canceled':
      return 'Your subscription is canceled.';
    default:
      return null;
  }
}

/** The change waiting for the period's end, in words, or null. */
export function pendingNote(s: SubscriptionView, locale?: string, timeZone?: string): string | null {
  const p = s.atPeriodEnd;
  if (!p) return null;
  const on = formatDay(s.periodEnd, locale, timeZone);
  if (p.cancels) return `Your subscription ends on ${on}, when the paid period is over.`;
  const parts: string[] = [];
  if (p.plan && p.plan.code !== s.plan.code) parts.push(`the ${p.plan.name} plan`);
  if (p.cycle && p.cycle !== s.cycle) parts.push(`${p.cycle} billing`);
  if (p.seats !== null && p.seats !== s.seats) parts.push(plural(p.seats, 'seat'));
  if (parts.length === 0) return null;
  return `From ${on}: ${joinWords(parts)}.`;
}

function joinWords(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

// ---- plans ----

export function price(plan: PlanView, cycle: Cycle): number {
  return cycle === 'yearly' ? plan.yearlyPrice : plan.monthlyPrice;
}

/** "$29.00 / month" and "$290.00 / year", or "Free". */
export function priceLabel(plan: PlanView, cycle: Cycle, locale?: string): string {
  const amount = price(plan, cycle);
  if (plan.monthlyPrice === 0 && plan.yearlyPrice === 0) return 'Free';
  return `${formatMoney(amount, plan.currency, locale)} / ${cycle === 'yearly' ? 'year' : 'month'}`;
}

/** A plan as the signup form offers it: what it costs, and the trial a paid plan starts with. */
export function signupOffer(plan: PlanView, locale?: string): string {
  const monthly = priceLabel(plan, 'monthly', locale);
  if (monthly === 'Free') return 'no charge'; // after the plan's name, which is often "Free" itself
  return plan.trialDays > 0 ? `${plan.trialDays}-day free trial, then ${monthly}` : `${monthly}, invoiced at once`;
}

/** What a plan includes and allows, one line each. */
export function planTermLines(plan: PlanView, locale?: string): string[] {
  const l = plan.limits;
  const limit = (n: number | null, one: string, many?: string) => (n === null ? `Unlimited ${many ?? `${one}s`}` : plural(n, one, many));
  const lines = [`${plural(plan.includedSeats, 'seat')} included`];
  if (plan.extraSeatMonthly !== null && plan.extraSeatYearly !== null) {
    lines.push(`Extra seats ${formatMoney(plan.extraSeatMonthly, plan.currency, locale)} / month or ${formatMoney(plan.extraSeatYearly, plan.currency, locale)} / year${l.seats !== null ? `, up to ${l.seats}` : ''}`);
  } else {
    lines.push('No extra seats');
  }
  lines.push(limit(l.accounts, 'CS account'));
  lines.push(l.conversationsPerPeriod === null ? 'Unlimited conversations' : `${plural(l.conversationsPerPeriod, 'conversation')} per period`);
  if (plan.overagePer100Conversations !== null) {
    lines.push(`Beyond that ${formatMoney(plan.overagePer100Conversations, plan.currency, locale)} per 100 conversations`);
  }
  lines.push(l.plugins === null ? 'Every plugin' : plural(l.plugins, 'plugin'));
  lines.push(l.retentionDays === null ? 'History kept forever' : `History kept ${plural(l.retentionDays, 'day')}`);
  if (plan.trialDays > 0) lines.push(`${plural(plan.trialDays, 'day')} free trial`);
  return lines;
}

/** Seats the form proposes for a plan: the current count on the same plan, else what the plan includes. */
export function defaultSeats(plan: PlanView, current: SubscriptionView | null, members = 0): number {
  if (current && current.plan.code === plan.code) return current.seats;
  const wanted = Math.max(plan.includedSeats, members);
  return plan.limits.seats === null ? wanted : Math.min(wanted, Math.max(plan.limits.seats, plan.includedSeats));
}

/** Whether the plan sells seats beyond the included ones. */
export function sellsExtraSeats(plan: PlanView): boolean {
  return plan.extraSeatMonthly !== null;
}

/** Client-side check of the seats field; the server has the last word (members, plan limits). */
export function seatsError(text: string, plan: PlanView): string | undefined {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) return 'Enter a whole number of seats.';
  if (n < plan.includedSeats) return `The ${plan.name} plan includes ${plan.includedSeats} seats; choose at least that many.`;
  if (!sellsExtraSeats(plan) && n > plan.includedSeats) return `The ${plan.name} plan sells no seats beyond its ${plan.includedSeats}.`;
  if (plan.limits.seats !== null && n > plan.limits.seats) return `The ${plan.name} plan allows at most ${plan.limits.seats} seats.`;
  return undefined;
}

/** The headline of a preview: "Due now: $12.34" or "Takes effect at period end on Apr 1, 2025". */
export function previewSummary(o: ChangeOutcome, locale?: string, timeZone?: string): string {
  if (o.effective === 'period_end') return `Takes effect at period end on ${formatDay(o.effectiveAt, locale, timeZone)}`;
  return `Due now: ${formatMoney(o.dueNow, o.currency, locale)}`;
}

/** What was done, after confirming. */
export function changeOutcome(o: ChangeOutcome, locale?: string, timeZone?: string): string {
  const what = `${o.plan.name}, ${o.cycle}, ${plural(o.seats, 'seat')}`;
  return o.effective === 'now'
    ? `You are now on ${what}.`
    : `${what} takes effect on ${formatDay(o.effectiveAt, locale, timeZone)}.`;
}

// ---- invoices ----

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = { open: 'Open', paid: 'Paid', void: 'Void', draft: 'Draft' };

/** An open invoice past its due date is overdue. */
export function invoiceStatus(inv: { status: InvoiceStatus; dueAt: string }, now: Date): { label: string; tone: string } {
  if (inv.status === 'open' && new Date(inv.dueAt).getTime() < now.getTime()) return { label: 'Overdue', tone: 'overdue' };
  return { label: INVOICE_STATUS_LABELS[inv.status] ?? inv.status, tone: inv.status };
}

export function pdfFileName(number: string): string {
  return `${number.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`;
}

/** A tax rate in basis points as a percentage: 1300 → "13 %", 825 → "8.25 %". */
export function taxRate(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${rest ? `.${rest}` : ''} %`;
}

// ---- payments ----

/** Only an open invoice can be paid (or voided). */
export function payable(inv: Pick<InvoiceView, 'status'>): boolean {
  return inv.status === 'open';
}

/** The payment a refund acts on: the invoice's paid one, with what is left to give back (minor units). */
export function refundable(inv: Pick<InvoiceView, 'payments'>): { payment: PaymentView; left: number } | null {
  const p = inv.payments.find((x) => x.status === 'paid');
  return p ? { payment: p, left: p.amount - p.refunded - p.refunding } : null;
}

/** One line under an invoice on what happened to it: paid, refunded, voided. Empty when still open. */
export function invoiceHistory(inv: InvoiceView, locale?: string, timeZone?: string): string {
  const parts: string[] = [];
  if (inv.status === 'void') parts.push(`Voided on ${formatDay(inv.voidedAt ?? inv.issuedAt, locale, timeZone)}: ${inv.voidReason ?? ''}`.trim());
  if (inv.paidAt) parts.push(`Paid on ${formatDay(inv.paidAt, locale, timeZone)}${inv.paymentReference ? ` (reference ${inv.paymentReference})` : ''}`);
  if (inv.refundedAmount > 0) parts.push(`${formatMoney(inv.refundedAmount, inv.currency, locale)} refunded`);
  const underWay = (inv.payments ?? []).reduce((sum, p) => sum + p.refunding, 0);
  if (underWay > 0) parts.push(`${formatMoney(underWay, inv.currency, locale)} being refunded`);
  return parts.join(' · ');
}

/** The past-due notice's call to action: the oldest open invoice to pay, if any. */
export function invoiceToPay(invoices: InvoiceView[]): InvoiceView | null {
  const open = invoices.filter(payable).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return open[0] ?? null;
}
