package dev.frontdesk.workspace;

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

/** Internal notes on a session: staff who may see the session read and add them; customers never see them. */
@Path("/sessions/{id}/notes")
@RequestScoped
@Tag(name = "Sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class SessionNoteResource {

  @Inject Notes notes;
  @Inject Caller caller;

  public record NoteRequest(@NotBlank @Size(max = SessionNote.MAX_TEXT) String text) {}

  @GET
  @Operation(summary = "A session's internal notes, oldest first (staff only; never shown to the customer)")
  public List<NoteView> list(@PathParam("id") UUID id) {
    return notes.list(viewer(), id);
  }

  @POST
  @Operation(
      summary = "Add an internal note; staff who may see the session get it live as a 'note' frame (a note over"
          + " about 7 KB of UTF-8 arrives there shortened; this list has it whole)")
  public Response add(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request) {
    return Response.status(Response.Status.CREATED).entity(notes.add(viewer(), id, request.text())).build();
  }

  private Inbox.Viewer viewer() {
    return new Inbox.Viewer(
        caller.member().id(), caller.hasRole(Role.TENANT_ADMIN_ID) || caller.hasRole(Role.SUPERVISOR_ID));
  }
}
