package dev.frontdesk.workspace;

import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's profile for the workspace. The id in the path is a UUID by pattern on purpose: JAX-RS picks one
 * root resource per request without backtracking, and a bare {@code {id}} would take
 * {@code POST /customers/batch-get} (the developer API's) away from its resource.
 */
@Path("/customers/{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
@RequestScoped
@Tag(name = "Customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class CustomerProfileResource {

  @Inject CustomerProfiles profiles;
  @Inject Caller caller;

  @GET
  @Operation(
      summary = "A customer with the sessions the caller may see (newest first, at most 50), each a session plus"
          + " entryPointName and accountName; agents see customers of the sessions they may see")
  public CustomerProfiles.Profile get(@PathParam("id") UUID id) {
    return profiles.get(
        new Inbox.Viewer(
            caller.member().id(), caller.hasRole(Role.TENANT_ADMIN_ID) || caller.hasRole(Role.SUPERVISOR_ID)),
        id);
  }
}
