package dev.frontdesk.developer;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import dev.frontdesk.identity.Active;
import dev.frontdesk.identity.ApiClientRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth 2.0 token endpoint of the built-in issuer, for API credentials (client credentials grant). With
 * Keycloak as the issuer, clients get their tokens from Keycloak's token endpoint instead.
 */
@Path("/auth/token")
@RequestScoped
@PermitAll
@Tag(name = "Developer API")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  static final String GRANT_TYPE = "client_credentials";

  @Inject ClientCredentialsGrant grant;
  @Inject FrontdeskConfig config;
  @Inject @Active ApiClientRegistry registry;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Exchange an API credential for an access token (OAuth 2.0 client credentials grant, RFC 6749 §4.4)",
      description = "Form fields grant_type=client_credentials, optional scope; the client authenticates with HTTP"
          + " Basic or client_id and client_secret. Errors are RFC 6749 JSON: {error, error_description}.")
  public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    try {
      if (config.identityMode() == IdentityMode.KEYCLOAK) {
        throw OAuthError.invalidRequest("This Frontdesk uses Keycloak: get tokens from " + registry.tokenUrl());
      }
      String grantType = ClientAuthentication.single(form, "grant_type");
      if (grantType == null) {
        throw OAuthError.invalidRequest("grant_type is missing; use client_credentials.");
      }
      if (!GRANT_TYPE.equals(grantType)) {
        throw OAuthError.unsupportedGrantType("Only the client_credentials grant is supported here.");
      }
      ClientAuthentication client = ClientAuthentication.of(authorization, form);
      return noStore(Response.ok(grant.exchange(client, ClientAuthentication.single(form, "scope"))));
    } catch (OAuthError e) {
      Response.ResponseBuilder response = Response.status(e.status()).entity(e.body());
      if (e.status() == 401 && authorization != null) {
        response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"frontdesk\"");
      }
      return noStore(response);
    }
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Anything but a form is refused, as RFC 6749 requires")
  public Response notAForm() {
    OAuthError e = OAuthError.invalidRequest("Send the parameters as application/x-www-form-urlencoded.");
    return noStore(Response.status(e.status()).entity(e.body()));
  }

  private static Response noStore(Response.ResponseBuilder response) {
    return response.type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").header("Pragma", "no-cache")
        .build();
  }
}
