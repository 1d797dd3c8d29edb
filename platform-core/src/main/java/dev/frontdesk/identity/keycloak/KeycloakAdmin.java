package dev.frontdesk.identity.keycloak;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.ResteasyClient;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The Keycloak admin API, signed in as the administrator of the {@code master} realm (admin-cli client). One
 * client for the life of the application; it renews its own token.
 */
@ApplicationScoped
public class KeycloakAdmin {

  @Inject FrontdeskConfig config;

  private Keycloak keycloak;

  public synchronized Keycloak client() {
    if (keycloak == null) {
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(config.keycloakUrl())
              .realm("master")
              .clientId("admin-cli")
              .grantType(OAuth2Constants.PASSWORD)
              .username(config.keycloakAdminUser())
              .password(config.keycloakAdminPassword())
              .resteasyClient(httpClient())
              .build();
    }
    return keycloak;
  }

  /** Frontdesk's realm. */
  public RealmResource realm() {
    return client().realm(config.keycloakRealm());
  }

  public String realmName() {
    return config.keycloakRealm();
  }

  /**
   * RESTEasy's client built directly (not through {@code ClientBuilder.newBuilder()}, which would find Payara's
   * Jersey), with timeouts so a hung Keycloak cannot hold a request thread forever.
   */
  private static ResteasyClient httpClient() {
    return new ResteasyClientBuilderImpl()
        .connectionPoolSize(20)
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .register(JacksonProvider.class, 100)
        .build();
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
  }
}
