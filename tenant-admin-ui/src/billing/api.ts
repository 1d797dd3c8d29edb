/** Calls of the billing pages: the company's subscription, usage and invoices, and the platform's plans and companies. */
import { authed, authedBlob } from '../api';
import { jsonRequest } from '../http';
import type { Config } from '../plugins/types';
import type {
  ChangeOutcome, ChangeRequest, CheckoutView, ClosedPeriod, HistoryUnit, InvoiceView, PaymentMethod, PaymentProviderView,
  PlanTerms, PlanView, SubscriptionView, TenantRow, UsageHistory, UsageView,
} from './types';

const id = encodeURIComponent;

export const billingApi = {
  /** Public: the plans on sale, cheapest first. */
  plans: () => jsonRequest<PlanView[]>('GET', '/api/v1/billing/plans'),
  /** Public: the plan a signup that names none starts on. */
  signupDefault: () => jsonRequest<PlanView>('GET', '/api/v1/billing/plans/signup-default'),
  subscription: () => authed<SubscriptionView>('GET', '/api/v1/billing/subscription'),
  /** What the change would do; nothing changes. */
  preview: (r: ChangeRequest) => authed<ChangeOutcome>('POST', '/api/v1/billing/subscription/preview', r),
  change: (r: ChangeRequest) => authed<ChangeOutcome>('POST', '/api/v1/billing/subscription', r),
  cancel: () => authed<SubscriptionView>('POST', '/api/v1/billing/subscription/cancel'),
  usage: () => authed<UsageView>('GET', '/api/v1/billing/usage'),
  /** The last 30 days or 12 months of use, oldest first. */
  usageHistory: (unit: HistoryUnit) => authed<UsageHistory>('GET', `/api/v1/billing/usage/history?unit=${unit}`),
  invoices: () => authed<InvoiceView[]>('GET', '/api/v1/billing/invoices'),
  invoicePdf: (invoiceId: string) => authedBlob(`/api/v1/billing/invoices/${id(invoiceId)}.pdf`),
  paymentMethods: () => authed<PaymentMethod[]>('GET', '/api/v1/billing/payment-methods'),
  /** Starts paying an open invoice with a payment method. */
  pay: (invoiceId: string, provider: string) => authed<CheckoutView>('POST', `/api/v1/billing/invoices/${id(invoiceId)}/pay`, { provider }),
};

export const platformBillingApi = {
  plans: () => authed<PlanView[]>('GET', '/api/v1/platform/plans'),
  createPlan: (code: string, terms: PlanTerms) => authed<PlanView>('POST', `/api/v1/platform/plans?code=${id(code)}`, terms),
  /** A new version of the plan for new sales and renewals. */
  revisePlan: (code: string, terms: PlanTerms) => authed<PlanView>('PUT', `/api/v1/platform/plans/${id(code)}`, terms),
  tenants: () => authed<TenantRow[]>('GET', '/api/v1/platform/tenants'),
  /** Closes the company's period if it has ended by now: its invoice is issued and the subscription renews. */
  closePeriod: (tenantId: string) => authed<ClosedPeriod[]>('POST', '/api/v1/platform/billing/close-period', { tenantId }),
  invoices: (tenantId: string) => authed<InvoiceView[]>('GET', `/api/v1/platform/tenants/${id(tenantId)}/invoices`),
  markPaid: (invoiceId: string, reference: string) => authed<InvoiceView>('POST', `/api/v1/platform/invoices/${id(invoiceId)}/mark-paid`, { reference }),
  voidInvoice: (invoiceId: string, reason: string) => authed<InvoiceView>('POST', `/api/v1/platform/invoices/${id(invoiceId)}/void`, { reason }),
  /** amountMinor undefined: all that is left. */
  refund: (invoiceId: string, reason: string, amountMinor?: number) =>
    authed<InvoiceView>('POST', `/api/v1/platform/invoices/${id(invoiceId)}/refund`, { reason, amountMinor }),
  paymentProviders: () => authed<PaymentProviderView[]>('GET', '/api/v1/platform/payment-providers'),
  saveProviderConfig: (pluginId: string, config: Config) =>
    authed<PaymentProviderView>('PUT', `/api/v1/platform/payment-providers/${id(pluginId)}/config`, config),
  setProviderEnabled: (pluginId: string, enabled: boolean) =>
    authed<PaymentProviderView>('PUT', `/api/v1/platform/payment-providers/${id(pluginId)}/enabled`, { enabled }),
};
