package dev.frontdesk.identity;

import dev.frontdesk.tenancy.Tenant;
import java.util.Set;
import java.util.UUID;

/**
 * Where API credentials become OAuth 2.0 clients (client credentials grant). With the built-in issuer Frontdesk
 * is the authorization server itself and keeps only a hash of each secret; with Keycloak each credential is a
 * confidential Keycloak client whose tokens carry the tenant, the credential and its scopes. Called inside the
 * transaction that writes the credential: an implementation that writes elsewhere must undo its writes if that
 * transaction rolls back.
 */
public interface ApiClientRegistry {

  /** A registered client: its id, its secret (shown to the admin once) and, if Frontdesk keeps it, its hash. */
  record Registration(String clientId, String secret, String secretHash) {}

  Registration register(Tenant tenant, UUID credentialId, String name, Set<ApiScope> scopes);

  /** The client stops getting tokens once the revoking transaction commits. */
  void revoke(String clientId);

  /** The token endpoint API clients call. */
  String tokenUrl();
}
