package dev.frontdesk.identity;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/**
 * API clients of the built-in issuer: a random client id and secret; only the secret's hash is stored, and the
 * token endpoint ({@code POST /api/v1/auth/token}) checks it. Revoking needs nothing here: the credential row
 * says so.
 */
@ApplicationScoped
public class BuiltinApiClients implements ApiClientRegistry {

  static final String CLIENT_ID_PREFIX = "fd_";

  @Inject FrontdeskConfig config;

  @Override
  public Registration register(Tenant tenant, UUID credentialId, String name, Set<ApiScope> scopes) {
    String secret = Secrets.newToken();
    return new Registration(CLIENT_ID_PREFIX + Secrets.newToken().substring(0, 24), secret, Secrets.hash(secret));
  }

  @Override
  public void revoke(String clientId) {
    // Nothing outside the database.
  }

  @Override
  public String tokenUrl() {
    return config.publicUrl() + "/api/v1/auth/token";
  }
}
