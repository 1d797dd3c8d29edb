/**
 * Identity: who is calling. Roles, the built-in token issuer (signing keys, access and refresh tokens, password
 * hashing), the platform administrator, and the directory that mirrors staff into Keycloak when Keycloak is the
 * issuer. Every API call is verified the same way, by MP-JWT, whichever issuer signed the token.
 */
package dev.frontdesk.identity;
