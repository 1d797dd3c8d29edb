package dev.frontdesk.entry;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's entry points; single entry points live under {@code /entry-points/{id}}. */
@Path("/accounts/{accountId}/entry-points")
@RequestScoped
@Tag(name = "Entry points")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.API_CLIENT_ID})
@ApiAccess(ApiScope.ENTRY_POINTS)
public class AccountEntryPointResource {

  @Inject EntryPoints entryPoints;
  @Inject EntryPointViews views;

  @POST
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Create an entry point (link, QR code and widget key) for an account")
  public Response create(@PathParam("accountId") UUID accountId, @Valid @NotNull EntryPointResource.EntryPointRequest request) {
    if (request.scene() == null) {
      throw ProblemException.invalid("scene", "must not be blank");
    }
    EntryPoint created =
        entryPoints.create(accountId, request.scene(), request.name(), request.allowedOrigins());
    return Response.status(Response.Status.CREATED).entity(views.of(created)).build();
  }

  @GET
  @Operation(summary = "List an account's entry points")
  public List<EntryPointResource.EntryPointView> list(@PathParam("accountId") UUID accountId) {
    return entryPoints.list(accountId).stream().map(views::of).toList();
  }

}
