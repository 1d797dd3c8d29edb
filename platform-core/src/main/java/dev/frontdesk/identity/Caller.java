package dev.frontdesk.identity;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verified caller of the current request: their token, roles, tenant, and member record; or, for an API
 * client (a tenant back-end holding an API credential), the credential and its scopes.
 */
@RequestScoped
public class Caller {

  /** Claim naming the API credential a token was issued to (built-in and Keycloak tokens alike). */
  public static final String CREDENTIAL_CLAIM = "credential_id";

  /** The OAuth 2.0 claim holding the granted scopes, space-separated. */
  public static final String SCOPE_CLAIM = "scope";

  @Inject JsonWebToken token;
  @Inject Members members;
  @Inject FrontdeskConfig config;

  public Set<String> roles() {
    Set<String> groups = token.getGroups();
    return groups == null ? Set.of() : groups;
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  public Optional<UUID> tenantId() {
    return TenantContext.current().filter(id -> !TenantContext.NONE.equals(id));
  }

  public String subject() {
    return token.getSubject();
  }

  public String email() {
    String email = token.getClaim("email");
    return email != null ? email : token.getName();
  }

  public String name() {
    String name = token.getClaim("name");
    return name != null ? name : email();
  }

  /** True for tokens issued to an API credential rather than to a person. */
  public boolean isApiClient() {
    return hasRole(Role.API_CLIENT_ID);
  }

  /** The API credential behind an API client's token. */
  public UUID credentialId() {
    String id = text(token.getClaim(CREDENTIAL_CLAIM));
    if (!isApiClient() || id == null) {
      throw ProblemException.forbidden("This operation is for API credentials.");
    }
    return UUID.fromString(id);
  }

  /** The scopes granted to an API client's token; empty for everyone else. */
  public Set<ApiScope> scopes() {
    return isApiClient() ? ApiScope.parseClaim(text(token.getClaim(SCOPE_CLAIM))) : Set.of();
  }

  /** The member behind the token (in the caller's tenant), or 401 when it has been deleted since sign-in. */
  public Member member() {
    if (isApiClient()) {
      throw ProblemException.forbidden(
          "API credentials act for the company, not as a staff member; this operation needs a staff sign-in.");
    }
    Optional<Member> member =
        config.identityMode() == IdentityMode.KEYCLOAK
            ? members.byExternalId(subject())
            : members.byId(UUID.fromString(subject()));
    return member.orElseThrow(() -> ProblemException.unauthorized("This account no longer exists."));
  }

  /** MP-JWT hands string claims over as {@code String} or as {@code JsonString}, depending on the claim. */
  private static String text(Object claim) {
    if (claim == null) {
      return null;
    }
    if (claim instanceof JsonString s) {
      return s.getString();
    }
    return claim.toString();
  }
}
