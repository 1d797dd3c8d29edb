/**
 * Outgoing webhooks: how deliveries are signed (so tenants can check they came from Frontdesk and are fresh), when
 * failed deliveries are retried, and which URLs a tenant may register. Plain classes with no container state, so
 * the delivery worker and the API can share them.
 */
package dev.frontdesk.webhooks;
