package dev.frontdesk.identity;

import dev.frontdesk.tenancy.Tenant;
import java.util.Optional;

/**
 * Where staff credentials live. The built-in directory keeps password hashes on the member; the Keycloak
 * directory mirrors tenants into Keycloak organizations and members into Keycloak users. Called inside the
 * transaction that writes the member, after the row is flushed: an implementation that writes elsewhere must
 * undo its writes if that transaction rolls back.
 */
public interface IdentityDirectory {

  void tenantCreated(Tenant tenant);

  /** A new member; {@code password} empty means "invited": no sign-in until the invitation is accepted. */
  void memberCreated(Tenant tenant, Member member, Optional<String> password);

  /** Name or roles changed, or a new password was set (also when an invitation is accepted). */
  void memberUpdated(Tenant tenant, Member member, Optional<String> newPassword);

  void memberDeleted(Tenant tenant, Member member);
}
