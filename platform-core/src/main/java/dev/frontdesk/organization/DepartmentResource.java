package dev.frontdesk.organization;

import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/departments")
@RequestScoped
@Tag(name = "Organization")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class DepartmentResource {

  @Inject Departments departments;

  public record DepartmentView(UUID id, String name) {
    static DepartmentView of(Department d) {
      return new DepartmentView(d.id(), d.name());
    }
  }

  public record DepartmentRequest(@NotBlank @Size(max = 120) String name) {}

  @GET
  @Operation(summary = "List the company's departments")
  public List<DepartmentView> list() {
    return departments.list().stream().map(DepartmentView::of).toList();
  }

  @POST
  @RolesAllowed(Role.TENANT_ADMIN_ID)
  @Operation(summary = "Create a department")
  public Response create(@Valid @NotNull DepartmentRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(DepartmentView.of(departments.create(request.name())))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a department")
  public DepartmentView get(@PathParam("id") UUID id) {
    return DepartmentView.of(departments.get(id));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed(Role.TENANT_ADMIN_ID)
  @Operation(summary = "Rename a department")
  public DepartmentView rename(@PathParam("id") UUID id, @Valid @NotNull DepartmentRequest request) {
    return DepartmentView.of(departments.rename(id, request.name()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Role.TENANT_ADMIN_ID)
  @Operation(summary = "Delete a department (its members stay, without it)")
  public Response delete(@PathParam("id") UUID id) {
    departments.delete(id);
    return Response.noContent().build();
  }
}
