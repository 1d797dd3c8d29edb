package dev.frontdesk.plugins;

import dev.frontdesk.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A company's plugins: enable them for the company or one CS account, configure them, and reach their own
 * endpoints under {@code /api/v1/plugins/{id}/...} (one sub-path per plugin; JAX-RS cannot add resources at
 * runtime, so these methods forward to the plugin).
 */
@Path("/plugins")
@RequestScoped
@Tag(name = "Plugins", description = "Plugins a company enables and configures, and their endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.TENANT_ADMIN_ID)
public class TenantPluginResource {

  @Inject TenantPlugins plugins;
  @Inject PluginEndpoints endpoints;

  /** The body of {@code PUT /plugins/{id}/enabled}. */
  public record Enabled(@NotNull Boolean enabled) {}

  @GET
  @Operation(summary = "Plugins available to the company, with their settings schema and where they are enabled")
  public List<PluginViews.TenantPlugin> list() {
    return plugins.list();
  }

  @PUT
  @Path("{id}/config")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a plugin's settings for the company, or with ?account= for one CS account;"
      + " secrets left out keep their value, null clears them")
  public PluginViews.BindingView configure(
      @PathParam("id") String id, @QueryParam("account") UUID account, @NotNull JsonObject config) {
    return plugins.configure(id, account, config);
  }

  @DELETE
  @Path("{id}/config")
  @Operation(summary = "Remove a CS account's own settings (?account=): it falls back to the company's")
  public Response removeAccountSettings(@PathParam("id") String id, @QueryParam("account") UUID account) {
    plugins.removeAccountBinding(id, account);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/enabled")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enable or disable a plugin for the company, or with ?account= for one CS account;"
      + " enabling checks the settings are complete and lifts a suspension")
  public PluginViews.BindingView setEnabled(
      @PathParam("id") String id, @QueryParam("account") UUID account, @NotNull Enabled body) {
    return plugins.setEnabled(id, account, body.enabled());
  }

  @GET
  @Path("{id}/{path: .+}")
  @PermitAll
  @Operation(summary = "A plugin's own endpoint (staff token required unless the plugin declares the path public)")
  public Response get(@PathParam("id") String id, @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
    return endpoints.forward("GET", id, path, uri, headers, InputStream.nullInputStream());
  }

  @POST
  @Path("{id}/{path: .+}")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "A plugin's own endpoint")
  public Response post(@PathParam("id") String id, @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
    return endpoints.forward("POST", id, path, uri, headers, body);
  }

  @PUT
  @Path("{id}/{path: .+}")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "A plugin's own endpoint")
  public Response put(@PathParam("id") String id, @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
    return endpoints.forward("PUT", id, path, uri, headers, body);
  }

  @PATCH
  @Path("{id}/{path: .+}")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "A plugin's own endpoint")
  public Response patch(@PathParam("id") String id, @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
    return endpoints.forward("PATCH", id, path, uri, headers, body);
  }

  @DELETE
  @Path("{id}/{path: .+}")
  @PermitAll
  @Operation(summary = "A plugin's own endpoint")
  public Response delete(@PathParam("id") String id, @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
    return endpoints.forward("DELETE", id, path, uri, headers, InputStream.nullInputStream());
  }
}
