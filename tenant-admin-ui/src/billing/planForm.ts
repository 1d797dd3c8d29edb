/** The platform admin's plan form: typed text to PlanTerms (amounts in minor units) and back, with its checks. */
import { moneyInput, parseMoney } from './money';
import type { PlanTerms, PlanView } from './types';

export interface PlanDraft {
  code: string;
  name: string;
  description: string;
  currency: string;
  monthlyPrice: string;
  yearlyPrice: string;
  includedSeats: string;
  extraSeatMonthly: string;
  extraSeatYearly: string;
  maxAccounts: string;
  maxSeats: string;
  maxConversations: string;
  retentionDays: string;
  maxPlugins: string;
  overagePer100: string;
  trialDays: string;
  sortOrder: string;
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** An empty form in `currency`, or one filled with a plan's terms to revise it. */
export function draftFromPlan(plan: PlanView | null, currency = 'USD'): PlanDraft {
  if (!plan) {
    return {
      code: '', name: '', description: '', currency, monthlyPrice: '', yearlyPrice: '', includedSeats: '1', extraSeatMonthly: '',
      extraSeatYearly: '', maxAccounts: '', maxSeats: '', maxConversations: '', retentionDays: '', maxPlugins: '', overagePer100: '',
      trialDays: '0', sortOrder: '',
    };
  }
  const c = plan.currency;
  return {
    code: plan.code,
    name: plan.name,
    description: plan.description ?? '',
    currency: c,
    monthlyPrice: moneyInput(plan.monthlyPrice, c),
    yearlyPrice: moneyInput(plan.yearlyPrice, c),
    includedSeats: num(plan.includedSeats),
    extraSeatMonthly: moneyInput(plan.extraSeatMonthly, c),
    extraSeatYearly: moneyInput(plan.extraSeatYearly, c),
    maxAccounts: num(plan.limits.accounts),
    maxSeats: num(plan.limits.seats),
    maxConversations: num(plan.limits.conversationsPerPeriod),
    retentionDays: num(plan.limits.retentionDays),
    maxPlugins: num(plan.limits.plugins),
    overagePer100: moneyInput(plan.overagePer100Conversations, c),
    trialDays: num(plan.trialDays),
    sortOrder: '', // the API does not show a plan's sort order
  };
}

export const CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** The terms to send, or the errors per field (keys as the API names them, plus `code`). */
export function termsFromDraft(d: PlanDraft, withCode: boolean): { terms: PlanTerms | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const currency = d.currency.trim().toUpperCase();
  if (withCode && !CODE_PATTERN.test(d.code.trim())) errors.code = 'Use 2 to 40 lowercase letters, digits or hyphens, starting with a letter.';
  if (!d.name.trim()) errors.name = 'Name is required.';
  else if (d.name.trim().length > 80) errors.name = 'At most 80 characters.';
  if (d.description.length > 500) errors.description = 'At most 500 characters.';
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'An ISO 4217 code such as USD.';

  const money = (field: keyof PlanDraft, required: boolean): number | undefined => {
    const text = d[field].trim();
    if (!text) {
      if (required) errors[field] = 'Required.';
      return undefined;
    }
    const minor = errors.currency ? null : parseMoney(text, currency);
    if (minor === null) errors[field] = errors.currency ? 'Fix the currency first.' : `An amount in ${currency}, e.g. ${currency === 'JPY' ? '500' : '29.00'}.`;
    return minor ?? undefined;
  };
  const whole = (field: keyof PlanDraft, min: number, max: number | null, required: boolean): number | undefined => {
    const text = d[field].trim();
    if (!text) {
      if (required) errors[field] = 'Required.';
      return undefined;
    }
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || (max !== null && n > max)) {
      errors[field] = max === null ? `A whole number, at least ${min}.` : `A whole number from ${min} to ${max}.`;
      return undefined;
    }
    return n;
  };

  const terms: PlanTerms = {
    name: d.name.trim(),
    description: d.description.trim() || undefined,
    currency,
    monthlyPrice: money('monthlyPrice', true) ?? 0,
    yearlyPrice: money('yearlyPrice', true) ?? 0,
    includedSeats: whole('includedSeats', 1, 100_000, true) ?? 1,
    extraSeatMonthly: money('extraSeatMonthly', false),
    extraSeatYearly: money('extraSeatYearly', false),
    maxAccounts: whole('maxAccounts', 1, null, false),
    maxSeats: whole('maxSeats', 1, null, false),
    maxConversations: whole('maxConversations', 1, null, false),
    retentionDays: whole('retentionDays', 1, null, false),
    maxPlugins: whole('maxPlugins', 0, null, false),
    overagePer100: money('overagePer100', false),
    trialDays: whole('trialDays', 0, 365, true) ?? 0,
    sortOrder: whole('sortOrder', 0, 1000, false),
  };
  if ((terms.extraSeatMonthly === undefined) !== (terms.extraSeatYearly === undefined) && !errors.extraSeatMonthly && !errors.extraSeatYearly) {
    errors[terms.extraSeatMonthly === undefined ? 'extraSeatMonthly' : 'extraSeatYearly'] = 'Give both extra-seat prices, or neither.';
  }
  if (terms.maxSeats !== undefined && !errors.includedSeats && terms.maxSeats < terms.includedSeats) {
    errors.maxSeats = 'At least the included seats.';
  }
  return Object.keys(errors).length ? { terms: null, errors } : { terms, errors };
}
