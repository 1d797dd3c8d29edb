package dev.frontdesk.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/signup")
@RequestScoped
@PermitAll
@Tag(name = "Signup")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

  @Inject Signup signup;

  public record TenantView(UUID id, String slug, String name) {
    public static TenantView of(Tenant t) {
      return new TenantView(t.id(), t.slug(), t.name());
    }
  }

  public record UserRef(UUID id, String email) {}

  public record SignupResponse(TenantView tenant, UserRef user) {}

  @POST
  @Operation(summary = "Sign a company up with its first admin")
  public Response signUp(@Valid @NotNull SignupRequest request) {
    Signup.Result result = signup.signUp(request);
    return Response.status(Response.Status.CREATED)
        .entity(
            new SignupResponse(
                TenantView.of(result.tenant()),
                new UserRef(result.admin().id(), result.admin().email())))
        .build();
  }
}
