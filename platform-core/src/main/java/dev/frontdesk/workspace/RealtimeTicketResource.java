package dev.frontdesk.workspace;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.realtime.Tickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trades a staff access token for a one-minute ticket that opens the agent WebSocket ({@code /ws/agent}). */
@Path("/realtime")
@RequestScoped
@Tag(name = "Real time")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class RealtimeTicketResource {

  @Inject Tickets tickets;
  @Inject Caller caller;

  @POST
  @Path("tickets")
  @Operation(summary = "A ticket for the first frame of /ws/agent: {\"type\":\"hello\",\"ticket\":…}; valid 60 s")
  public Tickets.Issued ticket() {
    return tickets.issue(new Tickets.Holder(
        caller.tenantId().orElseThrow(() -> ProblemException.forbidden("Only a company's staff opens the workspace.")),
        caller.member().id(),
        caller.hasRole(Role.TENANT_ADMIN_ID) || caller.hasRole(Role.SUPERVISOR_ID)));
  }
}
