package dev.frontdesk.workspace;

import dev.frontdesk.identity.Role;
import dev.frontdesk.visitor.WidgetSecrets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The widget secret a company's server uses to identify its logged-in users to the widget. */
@Path("/widget-secret")
@RequestScoped
@Tag(name = "Entry points")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.TENANT_ADMIN_ID)
public class WidgetSecretResource {

  @Inject WidgetSecrets secrets;

  public record SecretView(String secret) {}

  @GET
  @Operation(summary = "The widget secret (sign user ids with HMAC-SHA256 under it, hex)")
  public SecretView get() {
    return new SecretView(secrets.current());
  }

  @POST
  @Path("/rotate")
  @Operation(summary = "Replace the widget secret; the old one stops working at once")
  public SecretView rotate() {
    return new SecretView(secrets.rotate());
  }
}
