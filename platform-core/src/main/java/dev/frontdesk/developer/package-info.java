/**
 * The developer API: what a tenant's own back-end uses. API credentials (created and revoked by a tenant admin,
 * exchanged for short-lived tokens by the OAuth 2.0 client credentials grant), the scope check that opens staff
 * routes to API clients scope by scope, sending messages to customers, the cursor-paged event feed
 * ({@code /sync}) and customer look-ups.
 */
package dev.frontdesk.developer;
