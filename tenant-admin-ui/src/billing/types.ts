/** The billing API's JSON (see billing-api.md). Amounts are integer minor units of `currency`; null limits are unlimited. */
import type { Config, ConfigSchema } from '../plugins/types';

export type Cycle = 'monthly' | 'yearly';
export type SubscriptionStatus = 'trialing' | 'active' | 'past-due' | 'canceled';

export interface PlanLimits {
  accounts: number | null;
  seats: number | null;
  conversationsPerPeriod: number | null;
  retentionDays: number | null;
  plugins: number | null;
}

export interface PlanView {
  id: string;
  code: string;
  version: number;
  name: string;
  description: string | null;
  currency: string;
  monthlyPrice: number;
  yearlyPrice: number;
  includedSeats: number;
  extraSeatMonthly: number | null;
  extraSeatYearly: number | null;
  limits: PlanLimits;
  overagePer100Conversations: number | null;
  trialDays: number;
  latest: boolean;
}

export interface PendingChange {
  plan: PlanView | null;
  cycle: Cycle | null;
  seats: number | null;
  cancels: boolean;
}

export interface SubscriptionView {
  plan: PlanView;
  cycle: Cycle;
  seats: number;
  status: SubscriptionStatus;
  periodStart: string;
  periodEnd: string;
  trialEnd: string | null;
  atPeriodEnd: PendingChange | null;
  taxRateBasisPoints: number;
  creditBalance: number;
}

export interface ChangeRequest {
  planId: string;
  seats?: number;
  cycle: Cycle;
}

export interface ChangeLine {
  kind: string;
  description: string;
  amount: number;
}

/** A preview of a change, and what applying it returned. */
export interface ChangeOutcome {
  effective: 'now' | 'period_end';
  effectiveAt: string;
  plan: PlanView;
  cycle: Cycle;
  seats: number;
  lines: ChangeLine[];
  dueNow: number;
  currency: string;
}

export interface Meter {
  used: number;
  limit: number | null;
  percent: number | null;
}

export type MeterName = 'conversations' | 'messages' | 'assistantAnswers' | 'accounts' | 'seats' | 'plugins' | 'storageBytes';

export interface UsageView {
  periodStart: string;
  periodEnd: string;
  meters: Partial<Record<MeterName, Meter>>;
}

export type InvoiceStatus = 'open' | 'paid' | 'void' | 'draft';

export interface InvoiceLine {
  kind: string;
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
}

export interface InvoiceView {
  id: string;
  number: string;
  status: InvoiceStatus;
  planName: string;
  periodStart: string;
  periodEnd: string;
  issuedAt: string;
  dueAt: string;
  currency: string;
  lines: InvoiceLine[];
  subtotal: number;
  taxRateBasisPoints: number;
  tax: number;
  creditApplied: number;
  total: number;
  paidAt: string | null;
  paymentReference: string | null;
  /** What was given back of what was paid, minor units. */
  refundedAmount: number;
  voidedAt: string | null;
  voidReason: string | null;
  /** Every attempt to pay it, oldest first. */
  payments: PaymentView[];
}

export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'refunded';

/** One attempt to pay an invoice; `provider` null: recorded by the platform admin by hand. */
export interface PaymentView {
  id: string;
  provider: string | null;
  reference: string;
  status: PaymentStatus;
  amount: number;
  currency: string;
  refunded: number;
  /** Asked of the provider, its answer not yet recorded. */
  refunding: number;
  redirectUrl: string | null;
  instructions: string | null;
  note: string | null;
  createdAt: string;
  paidAt: string | null;
}

/** A way to pay the platform offers (a payment provider plugin). */
export interface PaymentMethod {
  id: string;
  name: string;
}

/** What paying started: a page to go to, or instructions to follow (bank transfer). */
export interface CheckoutView {
  paymentId: string;
  provider: string;
  reference: string;
  redirectUrl: string | null;
  instructions: string | null;
}

/** A company in the platform admin's list. `mrr`: monthly recurring revenue in minor units (0 while trialing). */
export interface TenantRow {
  id: string;
  slug: string;
  name: string;
  createdAt: string;
  plan: string;
  planName: string;
  cycle: Cycle;
  seats: number;
  status: SubscriptionStatus;
  periodEnd: string;
  currency: string;
  mrr: number;
  openInvoices: number;
  overdueInvoices: number;
}

/** What the platform admin sends to create or revise a plan. */
export interface PlanTerms {
  name: string;
  description?: string;
  currency: string;
  monthlyPrice: number;
  yearlyPrice: number;
  includedSeats: number;
  extraSeatMonthly?: number;
  extraSeatYearly?: number;
  maxAccounts?: number;
  maxSeats?: number;
  maxConversations?: number;
  retentionDays?: number;
  maxPlugins?: number;
  overagePer100?: number;
  trialDays: number;
  sortOrder?: number;
}

export interface ClosedPeriod {
  tenantId: string;
  invoice: InvoiceView;
}

export type HistoryUnit = 'day' | 'month';

/** One day's or month's use: counters summed, gauges (seats, storage) at their highest, null with no snapshot. */
export interface UsagePoint {
  start: string;
  conversations: number;
  messages: number;
  assistantAnswers: number;
  seats: number | null;
  storageBytes: number | null;
}

export interface UsageHistory {
  unit: HistoryUnit;
  from: string;
  to: string;
  points: UsagePoint[];
}

/** A payment provider plugin as the platform admin sees it; secrets are only named in `secretsSet`. */
export interface PaymentProviderView {
  pluginId: string;
  name: string;
  description: string;
  version: string;
  providerId: string | null;
  paymentsEnabled: boolean;
  configSchema: ConfigSchema;
  config: Config;
  secretsSet: string[];
  updatedAt: string | null;
}
