package dev.frontdesk.identity;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in, refresh, sign-out and the keys of the built-in issuer; and how the UI should sign in. */
@Path("/auth")
@RequestScoped
@PermitAll
@Tag(name = "Identity")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject SignIn signIn;
  @Inject TokenIssuer issuer;
  @Inject SigningKeys keys;
  @Inject FrontdeskConfig config;

  /** {@code tenant} is the company's slug; leave it out to sign in as the platform admin. */
  public record LoginRequest(
      @Size(max = 40) String tenant,
      @NotBlank @Size(max = 254) String email,
      @NotNull @Size(max = 200) String password) {}

  public record RefreshRequest(@JsonbProperty("refresh_token") @NotBlank String refreshToken) {}

  public record KeycloakClient(String url, String realm, String clientId) {}

  public record AuthConfig(String mode, KeycloakClient keycloak) {}

  @GET
  @Path("/config")
  @Operation(summary = "How to sign in: with the built-in issuer, or through Keycloak (OIDC + PKCE)")
  public AuthConfig config() {
    if (config.identityMode() == IdentityMode.KEYCLOAK) {
      return new AuthConfig(
          IdentityMode.KEYCLOAK.id(),
          new KeycloakClient(config.keycloakUrl(), config.keycloakRealm(), config.keycloakClientId()));
    }
    return new AuthConfig(IdentityMode.BUILTIN.id(), null);
  }

  @POST
  @Path("/login")
  @Operation(summary = "Sign in with company slug, email and password (built-in issuer)")
  public TokenResponse login(@Valid @NotNull LoginRequest request) {
    requireBuiltin();
    return signIn.withPassword(request.tenant(), request.email(), request.password());
  }

  @POST
  @Path("/refresh")
  @Operation(summary = "Trade a refresh token for a new token pair (the old refresh token stops working)")
  public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
    requireBuiltin();
    return signIn.refresh(request.refreshToken());
  }

  @POST
  @Path("/logout")
  @Operation(summary = "Sign out: revoke the refresh token")
  public Response logout(@Valid @NotNull RefreshRequest request) {
    requireBuiltin();
    issuer.revoke(request.refreshToken());
    return Response.noContent().build();
  }

  @GET
  @Path("/jwks")
  @Operation(summary = "Public keys of the built-in issuer (JWKS)")
  public Response jwks() {
    requireBuiltin();
    return Response.ok(keys.jwks(), MediaType.APPLICATION_JSON).build();
  }

  private void requireBuiltin() {
    if (config.identityMode() != IdentityMode.BUILTIN) {
      throw ProblemException.badRequest(
          "This Frontdesk signs people in through Keycloak; use the OIDC flow described by GET /api/v1/auth/config.");
    }
  }
}
