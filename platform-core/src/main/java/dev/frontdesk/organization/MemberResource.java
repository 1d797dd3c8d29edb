package dev.frontdesk.organization;

import dev.frontdesk.identity.Member;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/members")
@RequestScoped
@Tag(name = "Organization")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class MemberResource {

  @Inject StaffMembers staff;

  /** Only in the answer to creating an invited member (null otherwise): the link to hand to them. */
  public record InvitationView(String token, String url) {}

  public record MemberView(
      UUID id,
      String email,
      String name,
      Set<String> roles,
      Set<UUID> departmentIds,
      String status,
      InvitationView invitation) {

    static MemberView of(StaffMembers.Staff s) {
      Member m = s.member();
      InvitationView invitation =
          s.invitationToken() == null
              ? null
              : new InvitationView(s.invitationToken(), "/#/invite/" + s.invitationToken());
      return new MemberView(
          m.id(), m.email(), m.name(), Role.ids(m.roles()), s.departmentIds(),
          m.status().name().toLowerCase(Locale.ROOT), invitation);
    }
  }

  @GET
  @Operation(summary = "List the company's staff")
  public List<MemberView> list() {
    return staff.list().stream().map(MemberView::of).toList();
  }

  @POST
  @RolesAllowed(Role.TENANT_ADMIN_ID)
  @Operation(summary = "Add a staff member, with a password or an invitation link")
  public Response create(@Valid @NotNull MemberRequests.Create request) {
    return Response.status(Response.Status.CREATED).entity(MemberView.of(staff.create(request))).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a staff member")
  public MemberView get(@PathParam("id") UUID id) {
    return MemberView.of(staff.get(id));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed(Role.TENANT_ADMIN_ID)
  @Operation(summary = "Change a member's name, roles, departments or password")
  public MemberView update(@PathParam("id") UUID id, @Valid @NotNull MemberRequests.Update request) {
    return MemberView.of(staff.update(id, request));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Role.TENANT_ADMIN_ID)
  @Operation(summary = "Remove a staff member")
  public Response delete(@PathParam("id") UUID id) {
    staff.delete(id);
    return Response.noContent().build();
  }
}
