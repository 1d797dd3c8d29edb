package dev.frontdesk.developer;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.identity.SigningKeys;
import dev.frontdesk.identity.TokenIssuer;
import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The OAuth 2.0 client credentials grant of the built-in issuer (RFC 6749 §4.4): an active credential's client id
 * and secret buy a short-lived access token for its tenant, with {@code groups = ["api-client"]}, the credential
 * in {@code sub} and {@code credential_id}, and the granted scopes in {@code scope}.
 */
@ApplicationScoped
public class ClientCredentialsGrant {

  @Inject Credentials credentials;
  @Inject Tenants tenants;
  @Inject SigningKeys keys;
  @Inject FrontdeskConfig config;
  @Inject Clock clock;

  /** {@code requestedScope} narrows the token to some of the credential's scopes; null means all of them. */
  public ClientToken exchange(ClientAuthentication client, String requestedScope) {
    Optional<ApiClientId> owner = credentials.byClientId(client.clientId());
    UUID tenantId = owner.map(ApiClientId::tenantId).orElse(TenantContext.NONE);
    UUID credentialId = owner.map(ApiClientId::credentialId).orElse(new UUID(0, 0));
    ApiCredential credential =
        TenantContext.callAs(tenantId, () -> credentials.authenticate(credentialId, client.secret()))
            .orElseThrow(OAuthError::invalidClient);
    Tenant tenant = tenants.byId(tenantId).orElseThrow(OAuthError::invalidClient);
    Set<ApiScope> scopes = narrow(credential.scopes(), requestedScope);
    return issue(tenant, credential, scopes);
  }

  /** The scopes to grant: all of the credential's, or those asked for if every one of them was granted. */
  static Set<ApiScope> narrow(Set<ApiScope> granted, String requested) {
    if (requested == null || requested.isBlank()) {
      return granted;
    }
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    for (String id : requested.trim().split("\\s+")) {
      ApiScope scope;
      try {
        scope = ApiScope.fromId(id);
      } catch (IllegalArgumentException e) {
        throw OAuthError.invalidScope(e.getMessage());
      }
      if (!granted.contains(scope)) {
        throw OAuthError.invalidScope("This credential was not granted the '" + id + "' scope.");
      }
      scopes.add(scope);
    }
    return scopes;
  }

  private ClientToken issue(Tenant tenant, ApiCredential credential, Set<ApiScope> scopes) {
    Instant now = clock.instant();
    long ttl = config.accessTokenTtl().toSeconds();
    String scope = ApiScope.toClaim(scopes);
    JsonObject claims =
        Json.createObjectBuilder()
            .add("iss", FrontdeskConfig.BUILTIN_ISSUER)
            .add("aud", FrontdeskConfig.BUILTIN_AUDIENCE)
            .add("sub", credential.id().toString())
            .add("upn", "api:" + credential.clientId())
            .add("name", credential.name())
            .add("client_id", credential.clientId())
            .add(Caller.CREDENTIAL_CLAIM, credential.id().toString())
            .add(Caller.SCOPE_CLAIM, scope)
            .add("jti", UUID.randomUUID().toString())
            .add("iat", now.getEpochSecond())
            .add("exp", now.getEpochSecond() + ttl)
            .add("groups", Json.createArrayBuilder().add(Role.API_CLIENT_ID))
            .add(TokenIssuer.TENANT_ID_CLAIM, tenant.id().toString())
            .add("tenant", tenant.slug())
            .build();
    return new ClientToken(keys.sign(claims), "Bearer", ttl, scope);
  }
}
