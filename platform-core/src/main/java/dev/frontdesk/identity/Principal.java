package dev.frontdesk.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who a token is issued to: a staff member of one tenant, or the platform admin ({@code tenantId} null,
 * {@code tenantSlug} null).
 */
public record Principal(
    UUID id, String email, String name, Set<Role> roles, UUID tenantId, String tenantSlug) {}
