package dev.frontdesk.identity;

import dev.frontdesk.tenancy.SignupResource.TenantView;
import dev.frontdesk.tenancy.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RequestScoped
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Caller caller;
  @Inject Tenants tenants;

  public record UserView(UUID id, String email, String name, Set<String> roles) {}

  /** {@code tenant} is null for the platform admin. */
  public record MeView(UserView user, TenantView tenant) {}

  @GET
  @RolesAllowed({Role.PLATFORM_ADMIN_ID, Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
  @Operation(summary = "Who am I: the signed-in user and their company")
  public MeView me() {
    if (caller.tenantId().isEmpty()) {
      return new MeView(
          new UserView(UUID.fromString(caller.subject()), caller.email(), caller.name(), caller.roles()), null);
    }
    Member member = caller.member();
    TenantView tenant = tenants.byId(member.tenantId()).map(TenantView::of).orElse(null);
    return new MeView(
        new UserView(member.id(), member.email(), member.name(), Role.ids(member.roles())), tenant);
  }
}
