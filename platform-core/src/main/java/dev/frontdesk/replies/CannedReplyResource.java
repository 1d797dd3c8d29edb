package dev.frontdesk.replies;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/canned-replies")
@RequestScoped
@Tag(name = "Canned replies", description = "Quick replies staff insert by shortcut: the company's and their own")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class CannedReplyResource {

  static final String SHORTCUT = "[a-z0-9][a-z0-9-]{0,31}";
  static final String SHORTCUT_RULE = "use 1 to 32 lowercase letters, digits or '-', not starting with '-'";

  @Inject CannedReplies replies;
  @Inject Caller caller;

  /** {@code scope}: "tenant" (company-wide; admins and supervisors) or "personal" (the caller's own). */
  public record CreateRequest(
      @NotNull String scope,
      @NotNull @Pattern(regexp = SHORTCUT, message = SHORTCUT_RULE) String shortcut,
      @Size(max = 80) String title,
      @NotBlank @Size(max = 2000) String text) {}

  /** Absent fields stay as they are. */
  public record UpdateRequest(
      @Pattern(regexp = SHORTCUT, message = SHORTCUT_RULE) String shortcut,
      @Size(max = 80) String title,
      @Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String text) {}

  /** {@code ownerId} is null for company-wide replies; {@code title} is "" when none was given. */
  public record CannedReplyView(
      UUID id, String scope, String shortcut, String title, String text, UUID ownerId, Instant updatedAt) {

    static CannedReplyView of(CannedReply r) {
      return new CannedReplyView(
          r.id(), r.scope().apiName(), r.shortcut(), r.title(), r.text(), r.ownerId(), r.updatedAt());
    }
  }

  @GET
  @Operation(
      summary = "The company's canned replies and the caller's own, sorted by shortcut; q matches a shortcut's start"
          + " or any part of the title or text, ignoring case")
  public List<CannedReplyView> list(@QueryParam("q") @Size(max = 200) String q) {
    return replies.search(editor(), q).stream().map(CannedReplyView::of).toList();
  }

  @POST
  @Operation(summary = "Add a canned reply: scope tenant (admins and supervisors) or personal")
  public Response create(@Valid @NotNull CreateRequest request) {
    ReplyScope scope;
    try {
      scope = ReplyScope.parse(request.scope());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("scope", e.getMessage());
    }
    CannedReply reply = replies.create(editor(), scope, request.shortcut(), title(request.title()), request.text());
    return Response.status(Response.Status.CREATED).entity(CannedReplyView.of(reply)).build();
  }

  @PATCH
  @Path("/{id}")
  @Operation(summary = "Change a canned reply's shortcut, title or text")
  public CannedReplyView update(@PathParam("id") UUID id, @Valid @NotNull UpdateRequest request) {
    CannedReplies.Changes changes =
        new CannedReplies.Changes(
            request.shortcut(), request.title() == null ? null : title(request.title()), request.text());
    return CannedReplyView.of(replies.update(editor(), id, changes));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a canned reply")
  public Response delete(@PathParam("id") UUID id) {
    replies.delete(editor(), id);
    return Response.noContent().build();
  }

  private static String title(String title) {
    return title == null ? "" : title.strip();
  }

  private CannedReplies.Editor editor() {
    return new CannedReplies.Editor(
        caller.member().id(), caller.hasRole(Role.TENANT_ADMIN_ID) || caller.hasRole(Role.SUPERVISOR_ID));
  }
}
