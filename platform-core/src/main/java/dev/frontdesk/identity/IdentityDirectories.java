package dev.frontdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Picks the directory for the configured identity mode. */
@ApplicationScoped
public class IdentityDirectories {

  @Inject Instance<BuiltinDirectory> builtin;

  @Produces
  @Active
  IdentityDirectory active() {
    return builtin.get();
  }
}
