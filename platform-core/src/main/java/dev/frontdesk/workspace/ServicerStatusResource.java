package dev.frontdesk.workspace;

import dev.frontdesk.accounts.AccountRequests;
import dev.frontdesk.accounts.ServicerStatus;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.reception.ServicerBoard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own reception status, shared by every account they serve. */
@Path("/servicers/me/status")
@RequestScoped
@Tag(name = "Servicers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class ServicerStatusResource {

  @Inject ServicerBoard board;
  @Inject Caller caller;

  public record StatusView(UUID memberId, String status, String pauseKind) {
    static StatusView of(UUID memberId, ServicerStatus s) {
      return new StatusView(memberId, s.apiStatus(), s.pauseKind());
    }
  }

  @GET
    @Operation(summary = "The caller's reception status")
  public StatusView myStatus() {
    UUID me = caller.member().id();
    return StatusView.of(me, board.status(me));
  }

  @PUT
    @Operation(summary = "Receive new sessions, or pause (stopped or suspended); resuming pulls queued sessions")
  public StatusView setMyStatus(@Valid @NotNull AccountRequests.Status request) {
    UUID me = caller.member().id();
    return StatusView.of(me, board.setStatus(me, request.status(), request.pauseKind()));
  }
}
