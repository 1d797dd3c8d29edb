package dev.frontdesk.identity.keycloak;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import dev.frontdesk.identity.Role;
import dev.frontdesk.identity.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Makes Keycloak ready for Frontdesk at start-up, idempotently, so every node can run it: the realm with
 * organizations on, Frontdesk's realm roles, the browser client ({@code frontdesk-ui}: public, code flow with
 * PKCE S256, redirects to {@code FRONTDESK_PUBLIC_URL}) whose default scopes put realm roles in {@code groups}
 * and the organization in {@code organization}, and the platform admin. Waits up to a minute for Keycloak, then
 * fails the deployment. Does nothing with the built-in issuer.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeycloakRealmSetup {

  private static final Logger LOG = Logger.getLogger(KeycloakRealmSetup.class.getName());

  static final Duration WAIT_FOR_KEYCLOAK = Duration.ofSeconds(60);

  /**
   * Default scopes of the browser client. {@code microprofile-jwt} maps realm roles to {@code groups} and sets
   * {@code upn}; {@code organization} adds the user's organization aliases; {@code profile} and {@code email} add
   * {@code name} and {@code email}; {@code basic} adds {@code sub}.
   */
  static final List<String> UI_DEFAULT_SCOPES =
      List.of("basic", "profile", "email", "roles", "web-origins", "acr", "microprofile-jwt", "organization");

  static final String AUDIENCE_MAPPER = "frontdesk-audience";

  @Inject FrontdeskConfig config;
  @Inject KeycloakAdmin admin;

  @PostConstruct
  void setUp() {
    if (config.identityMode() != IdentityMode.KEYCLOAK) {
      return;
    }
    waitForKeycloak();
    try {
      ensureRealm();
      RealmResource realm = admin.realm();
      ensureRoles(realm);
      skipProfileVerification(realm);
      ensureUiClient(realm);
      ensurePlatformAdmin(realm);
    } catch (WebApplicationException e) {
      throw new IllegalStateException(
          "Cannot set up Keycloak realm '" + config.keycloakRealm() + "' at " + config.keycloakUrl() + ": "
              + KeycloakDirectory.describe(e), e);
    }
    LOG.info("Keycloak realm '" + config.keycloakRealm() + "' at " + config.keycloakUrl() + " is ready for Frontdesk");
  }

  /** Signs in to the admin API, retrying while Keycloak is still starting. Wrong credentials fail at once. */
  private void waitForKeycloak() {
    Instant deadline = Instant.now().plus(WAIT_FOR_KEYCLOAK);
    boolean logged = false;
    while (true) {
      try {
        admin.client().tokenManager().grantToken();
        return;
      } catch (NotAuthorizedException e) {
        throw new IllegalStateException(
            "Keycloak at " + config.keycloakUrl() + " refused the admin credentials: check "
                + "FRONTDESK_KEYCLOAK_ADMIN_USER and FRONTDESK_KEYCLOAK_ADMIN_PASSWORD (a user of the master realm)", e);
      } catch (ProcessingException | WebApplicationException e) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "Keycloak did not answer at " + config.keycloakUrl() + " within " + WAIT_FOR_KEYCLOAK.toSeconds()
                  + " s (" + e.getMessage() + "); check FRONTDESK_KEYCLOAK_URL and that Keycloak is running", e);
        }
        if (!logged) {
          LOG.warning("Waiting for Keycloak at " + config.keycloakUrl() + " (up to " + WAIT_FOR_KEYCLOAK.toSeconds()
              + " s): " + e.getMessage());
          logged = true;
        }
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Keycloak", e);
    }
  }

  private void ensureRealm() {
    String name = config.keycloakRealm();
    boolean exists = admin.client().realms().findAll().stream().anyMatch(r -> name.equals(r.getRealm()));
    if (!exists) {
      RealmRepresentation realm = new RealmRepresentation();
      realm.setRealm(name);
      realm.setDisplayName("Frontdesk");
      realm.setEnabled(true);
      realm.setOrganizationsEnabled(true);
      realm.setRegistrationAllowed(false);
      realm.setLoginWithEmailAllowed(true);
      realm.setDuplicateEmailsAllowed(false);
      admin.client().realms().create(realm);
      LOG.info("Created Keycloak realm '" + name + "'");
      return;
    }
    RealmResource resource = admin.realm();
    RealmRepresentation realm = resource.toRepresentation();
    if (!Boolean.TRUE.equals(realm.isEnabled()) || !Boolean.TRUE.equals(realm.isOrganizationsEnabled())) {
      RealmRepresentation update = new RealmRepresentation();
      update.setEnabled(true);
      update.setOrganizationsEnabled(true);
      resource.update(update);
      LOG.info("Enabled Keycloak realm '" + name + "' and its organizations");
    }
  }

  private static void ensureRoles(RealmResource realm) {
    Set<String> existing = realm.roles().list().stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
    for (Role role : Role.values()) {
      if (!existing.contains(role.id())) {
        realm.roles().create(new RoleRepresentation(role.id(), "Frontdesk " + role.id(), false));
      }
    }
  }

  /**
   * Frontdesk owns the users' names (a one-word name leaves Keycloak's last name empty), so Keycloak must not
   * stop them at sign-in to "complete" their profile.
   */
  private static void skipProfileVerification(RealmResource realm) {
    RequiredActionProviderRepresentation action = realm.flows().getRequiredAction("VERIFY_PROFILE");
    if (action != null && action.isEnabled()) {
      action.setEnabled(false);
      realm.flows().updateRequiredAction("VERIFY_PROFILE", action);
    }
  }

  private void ensureUiClient(RealmResource realm) {
    String clientId = config.keycloakClientId();
    String publicUrl = config.publicUrl();
    List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
    ClientRepresentation client = found.isEmpty() ? new ClientRepresentation() : found.get(0);
    client.setClientId(clientId);
    client.setName("Frontdesk");
    client.setEnabled(true);
    client.setProtocol("openid-connect");
    client.setPublicClient(true);
    client.setStandardFlowEnabled(true);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setRedirectUris(List.of(publicUrl + "/*"));
    client.setWebOrigins(List.of(publicUrl));
    Map<String, String> attributes = new HashMap<>(client.getAttributes() == null ? Map.of() : client.getAttributes());
    attributes.put("pkce.code.challenge.method", "S256");
    attributes.put("post.logout.redirect.uris", publicUrl + "/*");
    client.setAttributes(attributes);
    String id;
    if (found.isEmpty()) {
      client.setDefaultClientScopes(UI_DEFAULT_SCOPES);
      try (Response response = realm.clients().create(client)) {
        id = CreatedResponseUtil.getCreatedId(response);
      }
      LOG.info("Created Keycloak client '" + clientId + "' redirecting to " + publicUrl);
    } else {
      id = client.getId();
      realm.clients().get(id).update(client);
    }
    ensureDefaultScopes(realm, realm.clients().get(id));
    ensureAudience(realm.clients().get(id), clientId);
  }

  /**
   * Puts the client id in the access token's {@code aud}, so Frontdesk can tell its own tokens from those Keycloak
   * issues to other clients of the realm (enforced when {@code mp.jwt.verify.audiences} names the client).
   */
  private static void ensureAudience(ClientResource client, String clientId) {
    boolean present =
        client.getProtocolMappers().getMappers().stream().anyMatch(m -> AUDIENCE_MAPPER.equals(m.getName()));
    if (present) {
      return;
    }
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(AUDIENCE_MAPPER);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-audience-mapper");
    mapper.setConfig(Map.of(
        "included.client.audience", clientId,
        "access.token.claim", "true",
        "id.token.claim", "false",
        "introspection.token.claim", "true"));
    try (Response response = client.getProtocolMappers().createMapper(mapper)) {
      if (response.getStatus() >= 300) {
        throw new WebApplicationException("creating the audience mapper failed", response);
      }
    }
  }

  /** Moves the scopes the UI relies on to the client's defaults, so {@code scope=openid} is enough. */
  private static void ensureDefaultScopes(RealmResource realm, ClientResource client) {
    Map<String, String> scopeIds =
        realm.clientScopes().findAll().stream()
            .collect(Collectors.toMap(ClientScopeRepresentation::getName, ClientScopeRepresentation::getId, (a, b) -> a));
    Set<String> defaults =
        client.getDefaultClientScopes().stream().map(ClientScopeRepresentation::getName).collect(Collectors.toSet());
    Set<String> optional =
        client.getOptionalClientScopes().stream().map(ClientScopeRepresentation::getName).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (String scope : UI_DEFAULT_SCOPES) {
      String scopeId = scopeIds.get(scope);
      if (scopeId == null) {
        missing.add(scope);
        continue;
      }
      if (defaults.contains(scope)) {
        continue;
      }
      if (optional.contains(scope)) {
        client.removeOptionalClientScope(scopeId);
      }
      client.addDefaultClientScope(scopeId);
    }
    if (missing.contains("microprofile-jwt") || missing.contains("organization")) {
      throw new IllegalStateException("Keycloak realm has no client scope " + missing
          + "; Frontdesk needs Keycloak 26 or later, whose realms have them built in");
    }
  }

  private void ensurePlatformAdmin(RealmResource realm) {
    RoleRepresentation platformAdmin = realm.roles().get(Role.PLATFORM_ADMIN_ID).toRepresentation();
    List<UserRepresentation> admins = realm.roles().get(Role.PLATFORM_ADMIN_ID).getUserMembers(0, 1);
    if (!admins.isEmpty()) {
      return;
    }
    String email = config.adminEmail().orElse("admin@frontdesk.local");
    List<UserRepresentation> existing = realm.users().searchByUsername(email, true);
    if (!existing.isEmpty()) {
      // Someone set this account up already; make them the platform admin, leave their password alone.
      realm.users().get(existing.get(0).getId()).roles().realmLevel().add(List.of(platformAdmin));
      LOG.info("Keycloak user " + email + " is now the Frontdesk platform admin");
      return;
    }
    String password = config.adminPassword().orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = Secrets.newToken().substring(0, 20);
    }
    UserRepresentation user = new UserRepresentation();
    user.setUsername(email);
    user.setEmail(email);
    user.setEmailVerified(true);
    user.setFirstName("Platform");
    user.setLastName("Admin");
    user.setEnabled(true);
    String userId;
    try (Response response = realm.users().create(user)) {
      userId = CreatedResponseUtil.getCreatedId(response);
    }
    UserResource created = realm.users().get(userId);
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    created.resetPassword(credential);
    created.roles().realmLevel().add(List.of(platformAdmin));
    if (generated) {
      LOG.warning(
          "\n=== Frontdesk platform admin created in Keycloak: " + email + " / " + password
              + "\n=== This password is shown once. Set FRONTDESK_ADMIN_EMAIL and FRONTDESK_ADMIN_PASSWORD to choose it.");
    } else {
      LOG.info("Frontdesk platform admin created in Keycloak: " + email);
    }
  }
}
