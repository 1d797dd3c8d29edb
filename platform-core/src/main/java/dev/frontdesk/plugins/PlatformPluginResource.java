package dev.frontdesk.plugins;

import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform admin's plugin management: install, upgrade, disable, enable and remove, on a running cluster. */
@Path("/platform/plugins")
@RequestScoped
@Tag(name = "Platform: plugins", description = "Plugin jars installed on the platform (platform admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_ID)
public class PlatformPluginResource {

  @Inject PluginHost host;

  @GET
  @Operation(summary = "Installed plugins with version, state, signer and failure counts")
  public List<PluginViews.PlatformPlugin> list() {
    return host.platformViews();
  }

  @GET
  @Path("trust")
  @Operation(summary = "Whose signatures plugin jars may carry, and whether unsigned jars are allowed")
  public PluginViews.Trust trust() {
    PluginTrust trust = host.trust();
    List<PluginViews.Certificate> certs =
        trust.certificates().stream()
            .map(c -> new PluginViews.Certificate(c.getSubjectX500Principal().getName(), fingerprint(c), c.getNotAfter().toInstant()))
            .sorted(java.util.Comparator.comparing(PluginViews.Certificate::subject))
            .toList();
    return new PluginViews.Trust(trust.allowUnsigned(), certs);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Install or upgrade a plugin: a multipart form with the jar in field 'file', or the raw jar"
          + " (application/java-archive). 201 when new, 200 when it upgraded an installed plugin; 422 when refused")
  public Response install(@HeaderParam("Content-Type") String contentType, InputStream body) {
    PluginHost.Installed installed = host.install(JarUpload.read(contentType, body), false);
    PluginViews.PlatformPlugin view = host.view(installed.plugin().descriptor().id());
    return Response.status(installed.upgraded() ? Response.Status.OK : Response.Status.CREATED).entity(view).build();
  }

  @POST
  @Path("{id}/disable")
  @Operation(summary = "Stop a plugin everywhere; companies keep their settings")
  public PluginViews.PlatformPlugin disable(@PathParam("id") String id) {
    host.setEnabled(id, false);
    return host.view(id);
  }

  @POST
  @Path("{id}/enable")
  @Operation(summary = "Start a disabled plugin again")
  public PluginViews.PlatformPlugin enable(@PathParam("id") String id) {
    host.setEnabled(id, true);
    return host.view(id);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a plugin; companies' settings and stored data are kept for a reinstall")
  public Response remove(@PathParam("id") String id) {
    host.remove(id);
    return Response.noContent().build();
  }

  private static String fingerprint(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (Exception e) {
      return "";
    }
  }
}
