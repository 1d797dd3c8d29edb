package dev.frontdesk.entry;

import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/entry-points")
@RequestScoped
@Tag(name = "Entry points")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.API_CLIENT_ID})
@ApiAccess(ApiScope.ENTRY_POINTS)
public class EntryPointResource {

  static final String SCENE_PATTERN = "[A-Za-z0-9_.-]{1,64}";

  @Inject EntryPoints entryPoints;
  @Inject EntryPointViews views;

  public record EntryPointRequest(
      @Pattern(regexp = SCENE_PATTERN, message = "use 1-64 letters, digits, '.', '_' or '-'") String scene,
      @Size(min = 1, max = 120) String name,
      @Size(max = 50) List<@NotBlank String> allowedOrigins) {}

  public record EntryPointView(
      UUID id,
      UUID accountId,
      String key,
      String scene,
      String name,
      List<String> allowedOrigins,
      String url,
      String qrPngUrl,
      String qrSvgUrl,
      String snippet,
      Instant createdAt) {}

  @GET
  @Path("/{id}")
  @Operation(summary = "Get an entry point")
  public EntryPointView get(@PathParam("id") UUID id) {
    return view(entryPoints.get(id));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Change an entry point's scene, name or allowed origins (its key stays)")
  public EntryPointView update(@PathParam("id") UUID id, @Valid @NotNull EntryPointRequest request) {
    return view(entryPoints.update(id, request.scene(), request.name(), request.allowedOrigins()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Delete an entry point: its link, QR code and widget stop working")
  public Response delete(@PathParam("id") UUID id) {
    entryPoints.delete(id);
    return Response.noContent().build();
  }

  private EntryPointView view(EntryPoint e) {
    return views.of(e);
  }
}
