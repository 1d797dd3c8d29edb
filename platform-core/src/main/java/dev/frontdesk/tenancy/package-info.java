/**
 * Tenancy: companies (tenants), signup, and the two walls between them. The tenant of a request is decided once,
 * from verified credentials, into {@link dev.frontdesk.tenancy.TenantContext}; Hibernate's {@code @TenantId}
 * filter and PostgreSQL row-level security both enforce it.
 */
package dev.frontdesk.tenancy;
