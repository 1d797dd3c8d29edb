/**
 * Outgoing webhooks. A tenant registers URLs with event filters ({@link dev.frontdesk.webhooks.Webhooks}); the
 * {@link dev.frontdesk.webhooks.Outbox} queues one delivery per matching webhook in the transaction that records an
 * event; the {@link dev.frontdesk.webhooks.Dispatcher} claims due deliveries on every instance and POSTs them,
 * signed ({@link dev.frontdesk.webhooks.WebhookSignature}), retrying failures with backoff for a day
 * ({@link dev.frontdesk.webhooks.RetrySchedule}); every attempt lands in the delivery log. URLs are checked against
 * server-side request forgery when registered ({@link dev.frontdesk.webhooks.WebhookUrls}) and again when called.
 */
package dev.frontdesk.webhooks;
