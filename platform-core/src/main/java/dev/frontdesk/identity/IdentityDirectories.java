package dev.frontdesk.identity;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import dev.frontdesk.identity.keycloak.KeycloakDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Picks the directory for the configured identity mode. */
@ApplicationScoped
public class IdentityDirectories {

  @Inject Instance<BuiltinDirectory> builtin;
  @Inject Instance<KeycloakDirectory> keycloak;
  @Inject FrontdeskConfig config;

  @Produces
  @Active
  IdentityDirectory active() {
    return config.identityMode() == IdentityMode.KEYCLOAK ? keycloak.get() : builtin.get();
  }
}
