/**
 * Keycloak as the issuer ({@code FRONTDESK_IDENTITY=keycloak}). One realm holds every company: each tenant is a
 * Keycloak organization whose alias is the tenant's slug, and each staff member is a realm user who belongs to
 * that organization and holds realm roles named like Frontdesk's. A single realm means a single issuer and a
 * single key set, so MP-JWT verifies every token the same way; it also scales to many tenants, which thousands of
 * realms would not. Frontdesk provisions the realm, its roles and the browser client at start-up, and mirrors
 * tenants and members into Keycloak from inside the database transaction that writes them, undoing the Keycloak
 * side when that transaction rolls back. The passwords live only in Keycloak.
 */
package dev.frontdesk.identity.keycloak;
