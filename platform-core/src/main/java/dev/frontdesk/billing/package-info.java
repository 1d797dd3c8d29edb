/**
 * Billing: the versioned plan catalog, each company's subscription, metered usage and the limits it is held to,
 * invoices and payments. Money is always whole minor units of one currency, never floating point.
 */
package dev.frontdesk.billing;
