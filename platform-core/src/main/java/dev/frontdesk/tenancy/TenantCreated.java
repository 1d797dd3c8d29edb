package dev.frontdesk.tenancy;

import java.time.Instant;
import java.util.UUID;

/**
 * A company was signed up: fired in its signup transaction (billing starts its subscription there, on {@code
 * planCode} or, when null, the platform's signup plan).
 */
public record TenantCreated(UUID tenantId, String planCode, Instant at) {}
