package dev.frontdesk.developer;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Active;
import dev.frontdesk.identity.ApiClientRegistry;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's API credentials, managed by its admins. */
@Path("/credentials")
@RequestScoped
@Tag(name = "Developer API")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.TENANT_ADMIN_ID)
public class CredentialResource {

  @Inject Credentials credentials;
  @Inject ActiveCredentials activeCredentials;
  @Inject Caller caller;
  @Inject @Active ApiClientRegistry registry;

  /** {@code scopes}: accounts, servicers, entry-points, sessions, messages, sync, customers. */
  public record CredentialRequest(
      @NotBlank @Size(max = 100) String name, @NotNull @Size(min = 1, max = 20) List<@NotBlank String> scopes) {}

  /** A credential as listed: never its secret. */
  public record CredentialView(
      UUID id, String name, String clientId, Set<String> scopes, String tokenUrl, Instant createdAt,
      Instant lastUsedAt) {}

  /** A credential just created, with its secret: shown this once, stored only as a hash (or only in Keycloak). */
  public record CreatedCredential(
      UUID id, String name, String clientId, String clientSecret, Set<String> scopes, String tokenUrl,
      Instant createdAt) {}

  @POST
  @Operation(summary = "Create an API credential with scopes; the response shows its secret once")
  public Response create(@Valid @NotNull CredentialRequest request) {
    Credentials.Created created =
        credentials.create(request.name().strip(), scopes(request.scopes()), caller.member().id());
    ApiCredential c = created.credential();
    return Response.status(Response.Status.CREATED)
        .entity(new CreatedCredential(
            c.id(), c.name(), c.clientId(), created.secret(), ApiScope.ids(c.scopes()), registry.tokenUrl(),
            c.createdAt()))
        .build();
  }

  @GET
  @Operation(summary = "The company's active API credentials (without secrets), with when each was last used")
  public List<CredentialView> list() {
    return credentials.active().stream().map(this::view).toList();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Revoke an API credential: no new tokens, and its unexpired tokens stop working")
  public Response revoke(@PathParam("id") UUID id) {
    credentials.revoke(id);
    caller.tenantId().ifPresent(tenant -> activeCredentials.forget(tenant, id));
    return Response.noContent().build();
  }

  private CredentialView view(ApiCredential c) {
    return new CredentialView(
        c.id(), c.name(), c.clientId(), ApiScope.ids(c.scopes()), registry.tokenUrl(), c.createdAt(),
        c.lastUsedAt());
  }

  static Set<ApiScope> scopes(List<String> ids) {
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    for (String id : ids) {
      try {
        scopes.add(ApiScope.fromId(id.strip()));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("scopes", e.getMessage());
      }
    }
    return scopes;
  }
}
