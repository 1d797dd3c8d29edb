package dev.frontdesk.identity;

import dev.frontdesk.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The quick-start directory: passwords are hashed onto the member row; nothing lives outside the database. */
@ApplicationScoped
public class BuiltinDirectory implements IdentityDirectory {

  @Inject PasswordHasher hasher;

  @Override
  public void tenantCreated(Tenant tenant) {
    // Nothing outside the database to create.
  }

  @Override
  public void memberCreated(Tenant tenant, Member member, Optional<String> password) {
    password.ifPresent(p -> member.setPasswordHash(hasher.hash(p)));
  }

  @Override
  public void memberUpdated(Tenant tenant, Member member, Optional<String> newPassword) {
    newPassword.ifPresent(p -> member.setPasswordHash(hasher.hash(p)));
  }

  @Override
  public void memberDeleted(Tenant tenant, Member member) {
    // The row is the account.
  }
}
