/** Plans and subscriptions as the API sends them, for the billing tests. */
import type { InvoiceView, PlanView, SubscriptionView, UsageView } from './types';

export const FREE: PlanView = {
  id: 'p-free', code: 'free', version: 1, name: 'Free', description: 'One CS account', currency: 'USD',
  monthlyPrice: 0, yearlyPrice: 0, includedSeats: 2, extraSeatMonthly: null, extraSeatYearly: null,
  limits: { accounts: 1, seats: 2, conversationsPerPeriod: 100, retentionDays: 30, plugins: 1 },
  overagePer100Conversations: null, trialDays: 0, latest: true,
};

export const TEAM: PlanView = {
  id: 'p-team', code: 'team', version: 1, name: 'Team', description: 'Several CS accounts', currency: 'USD',
  monthlyPrice: 2900, yearlyPrice: 29000, includedSeats: 5, extraSeatMonthly: 900, extraSeatYearly: 9000,
  limits: { accounts: 5, seats: 50, conversationsPerPeriod: 2000, retentionDays: 365, plugins: 5 },
  overagePer100Conversations: 500, trialDays: 14, latest: true,
};

export const BUSINESS: PlanView = {
  ...TEAM, id: 'p-business', code: 'business', name: 'Business', monthlyPrice: 9900, yearlyPrice: 99000, includedSeats: 20,
  extraSeatMonthly: 700, extraSeatYearly: 7000,
  limits: { accounts: 50, seats: 500, conversationsPerPeriod: 20000, retentionDays: 1095, plugins: null },
  overagePer100Conversations: 300,
};

export function subscription(over: Partial<SubscriptionView> = {}): SubscriptionView {
  return {
    plan: TEAM, cycle: 'monthly', seats: 5, status: 'active', periodStart: '2025-03-01T00:00:00Z', periodEnd: '2025-04-01T00:00:00Z',
    trialEnd: null, atPeriodEnd: null, taxRateBasisPoints: 0, creditBalance: 0, ...over,
  };
}

export function usage(meters: UsageView['meters']): UsageView {
  return { periodStart: '2025-03-01T00:00:00Z', periodEnd: '2025-04-01T00:00:00Z', meters };
}

export function invoice(number: string, total: number, over: Partial<InvoiceView> = {}): InvoiceView {
  return {
    id: number, number, status: 'open', planName: 'Team', periodStart: '', periodEnd: '', issuedAt: '2025-03-01T00:00:00Z',
    dueAt: '2025-03-15T00:00:00Z', currency: 'USD', lines: [], subtotal: total, taxRateBasisPoints: 0, tax: 0, creditApplied: 0,
    total, paidAt: null, paymentReference: null, refundedAmount: 0, voidedAt: null, voidReason: null, payments: [], ...over,
  };
}
