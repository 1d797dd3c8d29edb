package dev.frontdesk.developer;

import dev.frontdesk.conversation.Customer;
import dev.frontdesk.conversation.Customers;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.workspace.CustomerProfiles;
import dev.frontdesk.workspace.Inbox;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customers, looked up by the ids that sessions, messages and events carry: in batches for API clients, one by one
 * with their sessions for staff. One resource class for the path on purpose: JAX-RS picks one root resource per
 * request without backtracking, so a second class on {@code /customers/{id}} would take {@code batch-get}.
 */
@Path("/customers")
@RequestScoped
@Tag(name = "Developer API")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.API_CLIENT_ID})
@ApiAccess(ApiScope.CUSTOMERS)
public class CustomerResource {

  static final int MAX_BATCH = 100;

  @Inject Customers customers;
  @Inject CustomerProfiles profiles;
  @Inject Caller caller;

  public record BatchGetRequest(@NotNull @Size(min = 1, max = MAX_BATCH) List<String> customerIds) {}

  /** {@code externalId} is the host site's user id for identified visitors, null for anonymous ones. */
  public record CustomerView(UUID id, String externalId, String name, Instant createdAt, Instant lastSeenAt) {}

  /** {@code invalidIds}: ids that are malformed or name no customer of the company, as they were sent. */
  public record BatchGetResult(List<CustomerView> customers, List<String> invalidIds) {}

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
  @Tag(name = "Customers")
  @Operation(
      summary = "A customer with the sessions the caller may see (newest first, at most 50), each a session plus"
          + " entryPointName and accountName; agents see the customers of sessions they may see (staff only)")
  public CustomerProfiles.Profile profile(@PathParam("id") UUID id) {
    return profiles.get(
        new Inbox.Viewer(
            caller.member().id(), caller.hasRole(Role.TENANT_ADMIN_ID) || caller.hasRole(Role.SUPERVISOR_ID)),
        id);
  }

  @POST
  @Path("/batch-get")
  @Operation(summary = "Up to 100 customers by id; unknown or malformed ids come back in invalidIds")
  public BatchGetResult batchGet(@Valid @NotNull BatchGetRequest request) {
    CustomerIds ids = CustomerIds.parse(request.customerIds());
    Map<UUID, Customer> found = customers.byIds(ids.wellFormed().keySet());
    List<CustomerView> views = new ArrayList<>();
    List<String> invalid = new ArrayList<>(ids.malformed());
    for (Map.Entry<UUID, String> id : ids.wellFormed().entrySet()) {
      Customer c = found.get(id.getKey());
      if (c == null) {
        invalid.add(id.getValue());
      } else {
        views.add(new CustomerView(c.id(), c.externalId(), c.name(), c.createdAt(), c.lastSeenAt()));
      }
    }
    return new BatchGetResult(views, invalid);
  }
}
