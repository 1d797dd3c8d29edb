package dev.frontdesk.identity;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The verified caller of the current request: their token, roles, tenant, and member record. */
@RequestScoped
public class Caller {

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

  /** The member behind the token (in the caller's tenant), or 401 when it has been deleted since sign-in. */
  public Member member() {
    Optional<Member> member =
        config.identityMode() == IdentityMode.KEYCLOAK
            ? members.byExternalId(subject())
            : members.byId(UUID.fromString(subject()));
    return member.orElseThrow(() -> ProblemException.unauthorized("This account no longer exists."));
  }
}
