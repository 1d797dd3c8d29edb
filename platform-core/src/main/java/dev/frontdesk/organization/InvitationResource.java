package dev.frontdesk.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public side of an invitation link: who it is for, and choosing a password. */
@Path("/invitations/{token}")
@RequestScoped
@PermitAll
@Tag(name = "Organization")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

  @Inject Invitations invitations;

  public record InvitedTenant(String name, String slug) {}

  public record InvitationInfo(InvitedTenant tenant, String email, String name) {}

  public record AcceptRequest(
      @NotNull @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password) {}

  @GET
  @Operation(summary = "Who an invitation is for")
  public InvitationInfo get(@PathParam("token") String token) {
    Invitations.Opened opened = invitations.open(token);
    return new InvitationInfo(
        new InvitedTenant(opened.tenant().name(), opened.tenant().slug()),
        opened.member().email(),
        opened.member().name());
  }

  @POST
  @Path("/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept an invitation by choosing a password")
  public Response accept(@PathParam("token") String token, @Valid @NotNull AcceptRequest request) {
    invitations.accept(token, request.password());
    return Response.noContent().build();
  }
}
