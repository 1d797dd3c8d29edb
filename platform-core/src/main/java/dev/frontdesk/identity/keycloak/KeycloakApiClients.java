package dev.frontdesk.identity.keycloak;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.KeycloakUrls;
import dev.frontdesk.identity.ApiClientRegistry;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.identity.Secrets;
import dev.frontdesk.tenancy.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * API credentials as confidential Keycloak clients with a service account (client credentials grant at Keycloak's
 * token endpoint). Each client's access tokens carry what Frontdesk trusts from its own realm only: the tenant as
 * a hard-coded {@code organization} claim (the tenant's slug, as staff tokens carry it), the credential in
 * {@code credential_id}, the {@code api-client} realm role in {@code groups} (microprofile-jwt scope), the granted
 * scopes in {@code scope} (one Keycloak client scope per {@link ApiScope}), and the console client in {@code aud},
 * which MP-JWT requires. The realm's shared pieces (the role and the client scopes) are created on first use.
 *
 * <p>Creation runs inside the credential's transaction and deletes the client again if that transaction rolls
 * back; revocation deletes the client once the revoking transaction has committed (Frontdesk refuses the
 * credential's unexpired tokens from then on by its own check).
 */
@ApplicationScoped
public class KeycloakApiClients implements ApiClientRegistry {

  private static final Logger LOG = Logger.getLogger(KeycloakApiClients.class.getName());

  static final String CLIENT_ID_PREFIX = "frontdesk-api-";
  static final String TENANT_ID_ATTRIBUTE = "frontdesk.tenant-id";
  static final String CREDENTIAL_ID_ATTRIBUTE = "frontdesk.credential-id";

  @Inject KeycloakAdmin admin;
  @Inject FrontdeskConfig config;

  @Resource TransactionSynchronizationRegistry transactions;

  private volatile boolean realmReady;

  @Override
  public Registration register(Tenant tenant, UUID credentialId, String name, Set<ApiScope> scopes) {
    requireTransaction();
    String clientId =
        CLIENT_ID_PREFIX + tenant.slug() + "-" + Secrets.newToken().substring(0, 10).toLowerCase(Locale.ROOT);
    String id = null;
    try {
      ensureRealm();
      RealmResource realm = admin.realm();
      try (Response response = realm.clients().create(client(clientId, tenant, credentialId, name))) {
        id = CreatedResponseUtil.getCreatedId(response);
      }
      String created = id;
      afterRollback(() -> realm.clients().get(created).remove());
      ClientResource client = realm.clients().get(id);
      setDefaultScopes(realm, client, scopes);
      UserRepresentation serviceAccount = client.getServiceAccountUser();
      RoleRepresentation role = realm.roles().get(Role.API_CLIENT_ID).toRepresentation();
      realm.users().get(serviceAccount.getId()).roles().realmLevel().add(List.of(role));
      return new Registration(clientId, client.getSecret().getValue(), null);
    } catch (RuntimeException e) {
      // Unchecked: the transaction rolls back, and the synchronization above deletes a half-made client.
      throw translate("create the API client for '" + name + "'", e);
    }
  }

  @Override
  public void revoke(String clientId) {
    requireTransaction();
    transactions.registerInterposedSynchronization(
        after(Status.STATUS_COMMITTED, () -> {
          RealmResource realm = admin.realm();
          realm.clients().findByClientId(clientId).forEach(c -> realm.clients().get(c.getId()).remove());
        }));
  }

  @Override
  public String tokenUrl() {
    return KeycloakUrls.issuer(config.keycloakUrl(), config.keycloakRealm()) + "/protocol/openid-connect/token";
  }

  private ClientRepresentation client(String clientId, Tenant tenant, UUID credentialId, String name) {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setName("Frontdesk API: " + name);
    client.setDescription("API credential " + credentialId + " of company " + tenant.slug());
    client.setEnabled(true);
    client.setProtocol("openid-connect");
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setFullScopeAllowed(true);
    client.setAttributes(Map.of(
        TENANT_ID_ATTRIBUTE, tenant.id().toString(),
        CREDENTIAL_ID_ATTRIBUTE, credentialId.toString()));
    client.setProtocolMappers(List.of(
        hardcodedClaim("frontdesk-tenant", "organization", tenant.slug()),
        hardcodedClaim("frontdesk-credential", Caller.CREDENTIAL_CLAIM, credentialId.toString()),
        audience(config.keycloakClientId())));
    return client;
  }

  /**
   * Exactly the scopes the tokens need: microprofile-jwt (groups, upn), basic (sub) and the granted API scopes.
   * The realm's other defaults go, above all {@code organization}, whose mapper must not compete with the
   * hard-coded tenant.
   */
  private static void setDefaultScopes(RealmResource realm, ClientResource client, Set<ApiScope> scopes) {
    Map<String, String> ids =
        realm.clientScopes().findAll().stream()
            .collect(Collectors.toMap(
                ClientScopeRepresentation::getName, ClientScopeRepresentation::getId, (a, b) -> a));
    List<String> wanted = new ArrayList<>(List.of("microprofile-jwt", "basic"));
    wanted.addAll(ApiScope.ids(scopes));
    for (ClientScopeRepresentation present : client.getDefaultClientScopes()) {
      if (!wanted.contains(present.getName())) {
        client.removeDefaultClientScope(present.getId());
      }
    }
    for (ClientScopeRepresentation present : client.getOptionalClientScopes()) {
      client.removeOptionalClientScope(present.getId());
    }
    for (String scope : wanted) {
      String id = ids.get(scope);
      if (id == null) {
        throw new IllegalStateException("Keycloak realm has no client scope '" + scope + "'");
      }
      client.addDefaultClientScope(id);
    }
  }

  /** The realm role and one client scope per API scope, created once per realm (idempotent on every node). */
  private void ensureRealm() {
    if (realmReady) {
      return;
    }
    synchronized (this) {
      if (realmReady) {
        return;
      }
      RealmResource realm = admin.realm();
      try {
        realm.roles().get(Role.API_CLIENT_ID).toRepresentation();
      } catch (NotFoundException e) {
        realm.roles().create(new RoleRepresentation(Role.API_CLIENT_ID, "Frontdesk API credential", false));
      }
      Set<String> existing =
          realm.clientScopes().findAll().stream().map(ClientScopeRepresentation::getName).collect(Collectors.toSet());
      for (ApiScope scope : ApiScope.values()) {
        if (existing.contains(scope.id())) {
          continue;
        }
        ClientScopeRepresentation representation = new ClientScopeRepresentation();
        representation.setName(scope.id());
        representation.setDescription("Frontdesk API scope " + scope.id());
        representation.setProtocol("openid-connect");
        representation.setAttributes(Map.of("include.in.token.scope", "true", "display.on.consent.screen", "false"));
        try (Response response = realm.clientScopes().create(representation)) {
          if (response.getStatus() >= 300 && response.getStatus() != 409) {
            throw new WebApplicationException("creating client scope '" + scope.id() + "' failed", response);
          }
        }
      }
      realmReady = true;
    }
  }

  private static ProtocolMapperRepresentation hardcodedClaim(String name, String claim, String value) {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(name);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-hardcoded-claim-mapper");
    mapper.setConfig(Map.of(
        "claim.name", claim,
        "claim.value", value,
        "jsonType.label", "String",
        "access.token.claim", "true",
        "id.token.claim", "false",
        "userinfo.token.claim", "false",
        "introspection.token.claim", "true"));
    return mapper;
  }

  private static ProtocolMapperRepresentation audience(String clientId) {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(KeycloakRealmSetup.AUDIENCE_MAPPER);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-audience-mapper");
    mapper.setConfig(Map.of(
        "included.client.audience", clientId,
        "access.token.claim", "true",
        "id.token.claim", "false",
        "introspection.token.claim", "true"));
    return mapper;
  }

  private void requireTransaction() {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Keycloak API clients must be changed inside an active transaction");
    }
  }

  private void afterRollback(Runnable action) {
    transactions.registerInterposedSynchronization(
        after(Status.STATUS_ROLLEDBACK, action));
  }

  /** Runs {@code action} when the transaction ends with {@code status}; a failure is logged, not thrown. */
  private static Synchronization after(int status, Runnable action) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {
        // Keycloak is written after the outcome is known, or was written already.
      }

      @Override
      public void afterCompletion(int outcome) {
        boolean matches = status == Status.STATUS_COMMITTED ? outcome == Status.STATUS_COMMITTED
            : outcome != Status.STATUS_COMMITTED;
        if (matches) {
          try {
            action.run();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak clean-up of an API client failed", e);
          }
        }
      }
    };
  }

  private static RuntimeException translate(String action, RuntimeException e) {
    if (e instanceof ProblemException) {
      return e;
    }
    LOG.log(Level.WARNING, "Keycloak could not " + action, e);
    return new ProblemException(
        502, "identity-provider", "Identity provider error",
        "Keycloak could not " + action + ": " + KeycloakDirectory.describe(e)
            + ". Nothing was changed; try again later.");
  }
}
