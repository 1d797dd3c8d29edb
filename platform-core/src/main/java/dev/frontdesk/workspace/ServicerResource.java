package dev.frontdesk.workspace;

import dev.frontdesk.accounts.AccountRequests;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Role;
import dev.frontdesk.reception.Reception;
import dev.frontdesk.reception.ServicerBoard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/accounts/{id}/servicers")
@RequestScoped
@Tag(name = "Servicers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID, Role.API_CLIENT_ID})
@ApiAccess(ApiScope.SERVICERS)
public class ServicerResource {

  @Inject ServicerBoard board;
  @Inject Reception reception;

  @POST
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Assign members and/or whole departments as servicers of an account")
  public Response add(@PathParam("id") UUID accountId, @Valid @NotNull AccountRequests.Servicers request) {
    board.assign(
        accountId,
        request.userIds() == null ? List.of() : request.userIds(),
        request.departmentIds() == null ? List.of() : request.departmentIds());
    reception.drain(accountId); // new servicers take the waiting sessions
    return Response.status(Response.Status.CREATED).entity(board.board(accountId)).build();
  }

  @GET
  @Operation(summary = "An account's servicer assignments and each servicer's status and load")
  public ServicerBoard.Board list(@PathParam("id") UUID accountId) {
    return board.board(accountId);
  }

  @DELETE
  @Path("/{servicerId}")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Remove a servicer assignment (their current sessions stay with them)")
  public Response remove(@PathParam("id") UUID accountId, @PathParam("servicerId") UUID servicerId) {
    board.remove(accountId, servicerId);
    return Response.noContent().build();
  }
}
