package dev.frontdesk.identity.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * API credentials with Keycloak as the issuer: each is a confidential Keycloak client whose client-credentials
 * tokens Frontdesk accepts for the credential's company and scopes, until it is revoked. Runs in the
 * keycloak-identity failsafe execution only.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "frontdesk.it.identity", matches = "keycloak")
class KeycloakApiClientsIT {

  private static final String REALM = "frontdesk";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  private static Keycloak keycloak;

  @BeforeAll
  static void connectToKeycloak() {
    keycloak =
        Keycloak.getInstance(
            System.getProperty("frontdesk.it.keycloak.url"), "master",
            System.getProperty("frontdesk.it.keycloak.admin.user"),
            System.getProperty("frontdesk.it.keycloak.admin.password"), "admin-cli");
  }

  @AfterAll
  static void disconnect() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  private static String issuer() {
    return System.getProperty("frontdesk.it.keycloak.url") + "/realms/" + REALM;
  }

  private static String signIn(String email, String password) {
    try {
      String tokens = new KeycloakIdentityIT.OidcLogin(issuer(), "frontdesk-ui", "http://localhost/callback")
          .signIn(email, password);
      return json(tokens).getString("access_token");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonObject claims(String jwt) {
    return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
  }

  private static List<ClientRepresentation> keycloakClients(String clientId) {
    return keycloak.realm(REALM).clients().findByClientId(clientId);
  }

  @Test
  void aCredentialIsAKeycloakClientWhoseTokensWorkUntilItIsRevoked() {
    Api api = Api.at(base);
    Company company = Companies.signUp(api, "Kc");
    Api admin = api.as(signIn(company.adminEmail(), company.password()));
    assertEquals(201, admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", "Desk").build()).status());

    Api.Reply created = admin.post("/api/v1/credentials", Json.createObjectBuilder().add("name", "ERP")
        .add("scopes", Json.createArrayBuilder().add("accounts").add("sync")).build());
    assertEquals(201, created.status(), created::toString);
    String clientId = created.string("clientId");
    String secret = created.string("clientSecret");
    String tokenUrl = created.string("tokenUrl");
    assertEquals(issuer() + "/protocol/openid-connect/token", tokenUrl);
    assertEquals(1, keycloakClients(clientId).size(), "a Keycloak client per credential");

    Api keycloakApi = Api.at(urlOf(tokenUrl));
    Api.Reply token = keycloakApi.postForm(pathOf(tokenUrl),
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    assertEquals(200, token.status(), token::toString);
    String accessToken = token.string("access_token");
    JsonObject claims = claims(accessToken);
    assertEquals(company.slug(), claims.getString("organization"), claims::toString);
    assertEquals(created.string("id"), claims.getString("credential_id"), claims::toString);
    assertTrue(claims.getJsonArray("groups").toString().contains("\"api-client\""), claims::toString);
    assertTrue(claims.get("aud").toString().contains("frontdesk-ui"), claims::toString);
    List<String> scopes = List.of(claims.getString("scope").split(" "));
    assertTrue(scopes.containsAll(List.of("accounts", "sync")) && !scopes.contains("sessions"), claims::toString);

    Api client = api.as(accessToken);
    Api.Reply accounts = client.get("/api/v1/accounts");
    assertEquals(200, accounts.status(), accounts::toString);
    assertEquals(1, accounts.array().size());
    assertEquals(200, client.get("/api/v1/sync").status());
    assertEquals(403, client.get("/api/v1/sessions").status(), "no sessions scope");
    Api.Reply builtin = api.postForm("/api/v1/auth/token",
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    assertEquals(400, builtin.status());
    assertTrue(builtin.string("error_description").contains(tokenUrl), builtin::toString);

    assertEquals(204, admin.delete("/api/v1/credentials/" + created.string("id")).status());
    assertEquals(401, client.get("/api/v1/accounts").status(), "its unexpired token stops working");
    assertEquals(List.of(), keycloakClients(clientId), "the Keycloak client is gone");
    Api.Reply again = keycloakApi.postForm(pathOf(tokenUrl),
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    assertEquals(401, again.status(), again::toString);
  }

  private static URL urlOf(String url) {
    try {
      java.net.URI uri = java.net.URI.create(url);
      return new java.net.URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/", null, null).toURL();
    } catch (java.net.URISyntaxException | java.net.MalformedURLException e) {
      throw new IllegalArgumentException(url, e);
    }
  }

  private static String pathOf(String url) {
    return java.net.URI.create(url).getPath();
  }
}
