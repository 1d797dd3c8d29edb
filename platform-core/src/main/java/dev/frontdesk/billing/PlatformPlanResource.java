package dev.frontdesk.billing;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform admin's plan catalog. Terms are versioned: a change is a new version for new sales and renewals. */
@Path("/platform/plans")
@RequestScoped
@Tag(name = "Platform: plans", description = "The plan catalog (platform admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_ID)
public class PlatformPlanResource {

  @Inject PlanCatalog catalog;

  @GET
  @Operation(summary = "The plans on sale, cheapest first")
  public List<BillingViews.PlanView> list() {
    return catalog.onSale().stream().map(BillingViews.PlanView::of).toList();
  }

  @POST
  @Operation(summary = "A new plan: ?code= names it (2-40 of a-z, 0-9, -); 409 when taken")
  public Response create(@QueryParam("code") String code, @Valid @NotNull PlanTerms terms) {
    if (code == null) {
      throw ProblemException.invalid("code", "name the new plan with ?code=, e.g. ?code=team");
    }
    return Response.status(Response.Status.CREATED).entity(BillingViews.PlanView.of(catalog.create(code, terms))).build();
  }

  @PUT
  @Path("{code}")
  @Operation(summary = "New terms for a plan: a new version on sale from now; existing subscriptions keep theirs"
      + " until they renew")
  public BillingViews.PlanView revise(@PathParam("code") String code, @Valid @NotNull PlanTerms terms) {
    return BillingViews.PlanView.of(catalog.revise(code, terms));
  }
}
