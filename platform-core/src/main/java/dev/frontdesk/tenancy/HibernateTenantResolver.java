package dev.frontdesk.tenancy;

import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hands Hibernate the tenant of the current thread for its {@code @TenantId} filter. */
public class HibernateTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

  @Override
  public UUID resolveCurrentTenantIdentifier() {
    return TenantContext.currentOrNone();
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }
}
