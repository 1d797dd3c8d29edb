package dev.frontdesk.attachments;

import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff upload files to send in their replies. */
@Path("/attachments")
@RequestScoped
@Tag(name = "Attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class AttachmentResource {

  @Inject Attachments attachments;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload a file to send in a message: the raw bytes as the body, ?kind=image|video|voice|file|sticker"
          + "&name=; the type is read from the bytes")
  public Response upload(
      @QueryParam("kind") String kind,
      @QueryParam("name") @Size(max = 1000) String name,
      @HeaderParam("Content-Length") Long length,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    AttachmentKind parsed = Attachments.messageKind(kind);
    Uploader me = Uploader.member(caller.member().id());
    Attachment stored = attachments.upload(parsed, name, length, type, body, me);
    return Response.status(Response.Status.CREATED).entity(attachments.view(stored)).build();
  }
}
