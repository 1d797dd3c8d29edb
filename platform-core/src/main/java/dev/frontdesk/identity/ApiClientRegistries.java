package dev.frontdesk.identity;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import dev.frontdesk.identity.keycloak.KeycloakApiClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Picks where API clients live for the configured identity mode. */
@ApplicationScoped
public class ApiClientRegistries {

  @Inject Instance<BuiltinApiClients> builtin;
  @Inject Instance<KeycloakApiClients> keycloak;
  @Inject FrontdeskConfig config;

  @Produces
  @Active
  ApiClientRegistry active() {
    return config.identityMode() == IdentityMode.KEYCLOAK ? keycloak.get() : builtin.get();
  }
}
