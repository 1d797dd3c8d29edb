package dev.frontdesk.workspace;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.MessageInput;
import dev.frontdesk.conversation.MessageInputs;
import dev.frontdesk.conversation.MessageView;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.conversation.SessionView;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.reception.Reception;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions")
@RequestScoped
@Tag(name = "Sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID, Role.API_CLIENT_ID})
public class SessionResource {

  @Inject Inbox inbox;
  @Inject Reception reception;
  @Inject MessageInputs inputs;
  @Inject Caller caller;

  public record ReadRequest(@NotNull @Min(0) Integer seq) {}

  /** Exactly one target: a servicer, a department, another account, or {@code queue: true}. */
  public record TransferRequest(UUID memberId, UUID departmentId, UUID accountId, Boolean queue) {}

  @GET
  @ApiAccess(ApiScope.SESSIONS)
  @Operation(summary = "Sessions: mine, the queue (state=queued) or, for supervisors, all; newest activity first")
  public List<SessionView> list(
      @QueryParam("state") String state,
      @QueryParam("mine") @DefaultValue("false") boolean mine,
      @QueryParam("accountId") UUID accountId,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    SessionState parsed = null;
    if (state != null && !state.isBlank()) {
      try {
        parsed = SessionState.parse(state);
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("state", e.getMessage());
      }
    }
    if (mine && caller.isApiClient()) {
      throw ProblemException.invalid("mine", "API credentials serve no sessions of their own");
    }
    return inbox.list(viewer(), parsed, mine, accountId, limit);
  }

  @GET
  @Path("/{id}")
  @ApiAccess(ApiScope.SESSIONS)
  @Operation(summary = "A session, with its queue position while queued")
  public SessionView get(@PathParam("id") UUID id) {
    return inbox.get(viewer(), id);
  }

  @GET
  @Path("/{id}/messages")
  @ApiAccess(ApiScope.SESSIONS)
  @Operation(summary = "A session's messages after a sequence number, in order")
  public List<MessageView> messages(
      @PathParam("id") UUID id,
      @QueryParam("afterSeq") @DefaultValue("0") @Min(0) int afterSeq,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    return inbox.messages(viewer(), id, afterSeq, limit);
  }

  @POST
  @Path("/{id}/messages")
  @Operation(summary = "Reply in a session (same clientMsgId twice is stored once)")
  public Response send(@PathParam("id") UUID id, @Valid @NotNull MessageInput input) {
    Inbox.Posted posted = inbox.send(staffViewer(), id, input.clientMsgId(), inputs.parse(input, false));
    return Response.status(posted.duplicate() ? Response.Status.OK : Response.Status.CREATED)
        .entity(posted.message())
        .build();
  }

  @POST
  @Path("/{id}/messages/{messageId}/recall")
  @Operation(summary = "Recall a message within 2 minutes: your own, or as a supervisor any servicer's")
  public MessageView recall(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
    return inbox.recall(viewer(), id, messageId);
  }

  @POST
  @Path("/{id}/read")
  @Operation(
      summary = "Mark the session read by staff up to a sequence number (resets unreadForStaff to the customer's"
          + " messages after it); the visitor hears it live. A lower number than before changes nothing")
  public SessionView read(@PathParam("id") UUID id, @Valid @NotNull ReadRequest request) {
    return inbox.read(staffViewer(), id, request.seq());
  }

  @POST
  @Path("/{id}/claim")
  @Operation(summary = "Take a waiting session from the queue or pool")
  public SessionView claim(@PathParam("id") UUID id) {
    Inbox.Viewer viewer = staffViewer();
    inbox.visible(viewer, id);
    reception.claim(id, viewer.memberId());
    return inbox.view(id);
  }

  @POST
  @Path("/{id}/transfer")
  @ApiAccess(ApiScope.SESSIONS)
  @Operation(summary = "Transfer a session to a servicer, a department, another account, or back to the queue")
  public SessionView transfer(@PathParam("id") UUID id, @Valid @NotNull TransferRequest request) {
    UUID fromAccount = inbox.visible(viewer(), id).accountId();
    reception.transfer(id, target(request));
    reception.drain(fromAccount); // the place it left may go to the next in the queue
    return inbox.view(id); // the caller may no longer serve where it went, but should see where it went
  }

  @POST
  @Path("/{id}/close")
  @Operation(summary = "Close a session; the customer starts a new one if they write again")
  public SessionView close(@PathParam("id") UUID id) {
    UUID accountId = inbox.visible(staffViewer(), id).accountId();
    reception.close(id, "closed_by_servicer");
    reception.drain(accountId); // the freed place goes to the next in the queue
    return inbox.view(id);
  }

  private static Reception.Target target(TransferRequest r) {
    int given =
        (r.memberId() != null ? 1 : 0) + (r.departmentId() != null ? 1 : 0) + (r.accountId() != null ? 1 : 0)
            + (Boolean.TRUE.equals(r.queue()) ? 1 : 0);
    if (given != 1) {
      throw ProblemException.invalid("memberId", "give exactly one of memberId, departmentId, accountId or queue: true");
    }
    if (r.memberId() != null) {
      return new Reception.Target.ToServicer(r.memberId());
    }
    if (r.departmentId() != null) {
      return new Reception.Target.ToDepartment(r.departmentId());
    }
    if (r.accountId() != null) {
      return new Reception.Target.ToAccount(r.accountId());
    }
    return new Reception.Target.ToQueue();
  }

  /** Who reads or moves sessions: a staff member, or the company itself for an API client. */
  private Inbox.Viewer viewer() {
    return caller.isApiClient() ? Inbox.Viewer.COMPANY : staffViewer();
  }

  /** Writing, claiming and closing are a servicer's own acts: only staff members. */
  private Inbox.Viewer staffViewer() {
    return new Inbox.Viewer(
        caller.member().id(), caller.hasRole(Role.TENANT_ADMIN_ID) || caller.hasRole(Role.SUPERVISOR_ID));
  }
}
