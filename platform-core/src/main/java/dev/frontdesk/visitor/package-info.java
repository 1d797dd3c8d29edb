/**
 * The visitor side: public, keyed by an entry point. Visitors are anonymous (a signed visitor token kept by the
 * widget) or identified by the host site with an HMAC of their user id under the tenant's widget secret.
 */
package dev.frontdesk.visitor;
