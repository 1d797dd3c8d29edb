package dev.frontdesk.identity.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URL;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.UUID;
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
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The API with Keycloak as the issuer: companies become Keycloak organizations, staff become Keycloak users,
 * people sign in through Keycloak's pages (authorization code + PKCE), and MP-JWT accepts Keycloak's tokens with
 * the tenant isolation of the built-in mode. Runs against a real Keycloak (see testing.KeycloakServer), in the
 * keycloak-identity failsafe execution only.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "frontdesk.it.identity", matches = "keycloak")
class KeycloakIdentityIT {

  private static final String REALM = "frontdesk";
  private static final String CLIENT_ID = "frontdesk-ui";
  /** Registered by Frontdesk from frontdesk.public-url=http://localhost; the redirect is caught, not followed. */
  private static final String REDIRECT_URI = "http://localhost/callback";

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

  private Api api() {
    return Api.at(base);
  }

  private static RealmResource realm() {
    return keycloak.realm(REALM);
  }

  private static Optional<OrganizationRepresentation> organization(String alias) {
    return realm().organizations().getAll().stream().filter(o -> alias.equals(o.getAlias())).findFirst();
  }

  private static Optional<UserRepresentation> user(String email) {
    return realm().users().searchByUsername(email, true).stream().findFirst();
  }

  private static Set<String> realmRoles(UserRepresentation user) {
    Set<String> roles = new TreeSet<>();
    realm().users().get(user.getId()).roles().realmLevel().listAll().stream()
        .map(RoleRepresentation::getName)
        .filter(r -> Set.of("platform-admin", "tenant-admin", "supervisor", "agent").contains(r))
        .forEach(roles::add);
    return roles;
  }

  /** Signs in through Keycloak's login page and returns the access token. */
  private static String signIn(String email, String password) {
    String issuer = System.getProperty("frontdesk.it.keycloak.url") + "/realms/" + REALM;
    try {
      String tokens = new OidcLogin(issuer, CLIENT_ID, REDIRECT_URI).signIn(email, password);
      try (var reader = Json.createReader(new StringReader(tokens))) {
        return reader.readObject().getString("access_token");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject claims(String jwt) {
    String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }

  private static JsonObject signupBody(String slug, String email) {
    return Json.createObjectBuilder()
        .add("companyName", "Name " + slug)
        .add("slug", slug)
        .add("adminName", "Admin")
        .add("adminEmail", email)
        .add("adminPassword", "long-enough-password")
        .build();
  }

  @Test
  void signupCreatesAnOrganizationAndAnAdminWhoIsItsMember() {
    Company a = Companies.signUp(api(), "Alpha");

    OrganizationRepresentation org = organization(a.slug()).orElseThrow(() -> new AssertionError("no organization " + a.slug()));
    assertEquals(a.name(), org.getName());
    UserRepresentation admin = user(a.adminEmail()).orElseThrow(() -> new AssertionError("no user " + a.adminEmail()));
    assertEquals(a.adminEmail(), admin.getEmail());
    assertTrue(admin.isEnabled());
    List<String> members =
        realm().organizations().get(org.getId()).members().getAll().stream().map(MemberRepresentation::getId).toList();
    assertEquals(List.of(admin.getId()), members);
    assertEquals(Set.of("tenant-admin"), realmRoles(admin));
  }

  @Test
  void staffSignInThroughKeycloakWithPkceAndSeeOnlyTheirCompany() {
    Company a = Companies.signUp(api(), "Alpha");
    String adminToken = signIn(a.adminEmail(), a.password());
    JsonObject claims = claims(adminToken);
    assertEquals(a.slug(), claims.getJsonArray("organization").getString(0), claims::toString);
    assertTrue(claims.getJsonArray("groups").toString().contains("tenant-admin"), claims::toString);
    assertTrue(claims.get("aud").toString().contains("\"" + CLIENT_ID + "\""), claims::toString);

    Api admin = api().as(adminToken);
    Api.Reply me = admin.get("/api/v1/me");
    assertEquals(200, me.status(), me::toString);
    assertEquals(a.id(), me.json().getJsonObject("tenant").getString("id"));
    assertEquals(a.adminEmail(), me.json().getJsonObject("user").getString("email"));
    assertEquals("[\"tenant-admin\"]", me.json().getJsonObject("user").getJsonArray("roles").toString());

    // The admin builds the company: a department and an agent who can sign in at once.
    Api.Reply department = admin.post("/api/v1/departments", Json.createObjectBuilder().add("name", "Support").build());
    assertEquals(201, department.status(), department::toString);
    String departmentId = department.string("id");
    String agentEmail = "agnes@" + a.slug() + ".test";
    Api.Reply agent = admin.post("/api/v1/members", Json.createObjectBuilder()
        .add("name", "Agnes Agent").add("email", agentEmail).add("password", "agnes-password-1")
        .add("roles", Json.createArrayBuilder().add("agent"))
        .add("departmentIds", Json.createArrayBuilder().add(departmentId)).build());
    assertEquals(201, agent.status(), agent::toString);
    assertEquals("active", agent.string("status"));
    UserRepresentation agentUser = user(agentEmail).orElseThrow();
    assertEquals("Agnes", agentUser.getFirstName());
    assertEquals(Set.of("agent"), realmRoles(agentUser));

    Api agnes = api().as(signIn(agentEmail, "agnes-password-1"));
    Api.Reply agnesMe = agnes.get("/api/v1/me");
    assertEquals(200, agnesMe.status(), agnesMe::toString);
    assertEquals("Agnes Agent", agnesMe.json().getJsonObject("user").getString("name"));
    assertEquals("[\"agent\"]", agnesMe.json().getJsonObject("user").getJsonArray("roles").toString());
    Api.Reply seen = agnes.get("/api/v1/members");
    assertEquals(200, seen.status(), seen::toString);
    Set<String> emails = new TreeSet<>();
    seen.array().forEach(v -> emails.add(v.asJsonObject().getString("email")));
    assertEquals(new TreeSet<>(Set.of(a.adminEmail(), agentEmail)), emails);
    assertEquals(403, agnes.post("/api/v1/departments", Json.createObjectBuilder().add("name", "Mine").build()).status());

    // Another company sees nothing of the first.
    Company b = Companies.signUp(api(), "Bravo");
    Api bravo = api().as(signIn(b.adminEmail(), b.password()));
    Api.Reply bMe = bravo.get("/api/v1/me");
    assertEquals(b.id(), bMe.json().getJsonObject("tenant").getString("id"), bMe::toString);
    Api.Reply bMembers = bravo.get("/api/v1/members");
    assertEquals(200, bMembers.status(), bMembers::toString);
    assertEquals(1, bMembers.array().size(), bMembers::toString);
    assertEquals(b.adminEmail(), bMembers.array().getJsonObject(0).getString("email"));
    assertEquals(404, bravo.get("/api/v1/departments/" + departmentId).status());
    assertEquals(404, bravo.get("/api/v1/members/" + a.adminId()).status());
  }

  @Test
  void roleChangesInvitationsAndDeletionsReachKeycloak() {
    Company c = Companies.signUp(api(), "Charlie");
    Api admin = api().as(signIn(c.adminEmail(), c.password()));

    // Invited: a Keycloak user without a password, who cannot sign in until the invitation is accepted.
    String ivyEmail = "ivy@" + c.slug() + ".test";
    Api.Reply invited = admin.post("/api/v1/members", Json.createObjectBuilder()
        .add("name", "Ivy").add("email", ivyEmail).add("roles", Json.createArrayBuilder().add("agent")).build());
    assertEquals(201, invited.status(), invited::toString);
    assertEquals("invited", invited.string("status"));
    String ivyId = invited.string("id");
    UserRepresentation ivy = user(ivyEmail).orElseThrow();
    assertTrue(realm().users().get(ivy.getId()).credentials().isEmpty(), "an invited user has no password yet");
    String token = invited.json().getJsonObject("invitation").getString("token");
    assertEquals(204, api().post("/api/v1/invitations/" + token + "/accept",
        Json.createObjectBuilder().add("password", "ivy-password-1").build()).status());
    Api ivyApi = api().as(signIn(ivyEmail, "ivy-password-1"));
    assertEquals(200, ivyApi.get("/api/v1/me").status());
    assertEquals("active", admin.get("/api/v1/members/" + ivyId).string("status"));

    // Promoted: the realm roles follow, and so does a rename.
    Api.Reply promoted = admin.patch("/api/v1/members/" + ivyId, Json.createObjectBuilder()
        .add("name", "Ivy Ives").add("roles", Json.createArrayBuilder().add("supervisor")).build());
    assertEquals(200, promoted.status(), promoted::toString);
    assertEquals(Set.of("supervisor"), realmRoles(ivy));
    UserRepresentation renamed = realm().users().get(ivy.getId()).toRepresentation();
    assertEquals("Ivy", renamed.getFirstName());
    assertEquals("Ives", renamed.getLastName());

    // Deleted: gone from Keycloak too.
    assertEquals(204, admin.delete("/api/v1/members/" + ivyId).status());
    assertTrue(user(ivyEmail).isEmpty(), "the Keycloak user is deleted with the member");
  }

  @Test
  void aFailedSignupLeavesNothingInKeycloak() {
    Company taken = Companies.signUp(api(), "Delta");

    // The email belongs to a member already: refused before Keycloak is touched.
    String slug = "echo-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply duplicate = api().post("/api/v1/signup", signupBody(slug, taken.adminEmail()));
    assertEquals(409, duplicate.status(), duplicate::toString);
    assertTrue(duplicate.isProblem(), duplicate::toString);
    assertTrue(organization(slug).isEmpty(), "no organization for the refused signup");

    // The email exists only in Keycloak: Keycloak refuses the user after the organization was made, and the
    // organization is removed again with the rolled-back transaction.
    String outsider = "outsider-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    UserRepresentation user = new UserRepresentation();
    user.setUsername(outsider);
    user.setEmail(outsider);
    user.setEnabled(true);
    try (Response created = realm().users().create(user)) {
      assertEquals(201, created.getStatus());
    }
    String slug2 = "foxtrot-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply conflict = api().post("/api/v1/signup", signupBody(slug2, outsider));
    assertEquals(409, conflict.status(), conflict::toString);
    assertTrue(conflict.isProblem(), conflict::toString);
    assertEquals("An account with this email already exists.", conflict.string("detail"));
    assertTrue(organization(slug2).isEmpty(), "the organization made before the conflict was undone");
    // Nor is the company in Frontdesk: the slug is still free.
    Api.Reply retry = api().post("/api/v1/signup", signupBody(slug2, "fresh-" + outsider));
    assertEquals(201, retry.status(), retry::toString);
    assertTrue(organization(slug2).isPresent());
  }

  @Test
  void theApiTellsTheUiToUseKeycloakAndRefusesBuiltinSignIn() {
    Api.Reply config = api().get("/api/v1/auth/config");
    assertEquals(200, config.status(), config::toString);
    assertEquals("keycloak", config.string("mode"));
    JsonObject kc = config.json().getJsonObject("keycloak");
    assertEquals(System.getProperty("frontdesk.it.keycloak.url"), kc.getString("url"));
    assertEquals(REALM, kc.getString("realm"));
    assertEquals(CLIENT_ID, kc.getString("clientId"));

    Api.Reply login = api().post("/api/v1/auth/login", Json.createObjectBuilder()
        .add("email", "someone@example.test").add("password", "whatever-password").build());
    assertEquals(400, login.status(), login::toString);
    assertTrue(login.isProblem(), login::toString);

    // The platform admin lives in Keycloak too.
    UserRepresentation platform = user("platform@frontdesk.test").orElseThrow();
    assertEquals(Set.of("platform-admin"), realmRoles(platform));
    Api.Reply me = api().as(signIn("platform@frontdesk.test", "platform-password-1")).get("/api/v1/me");
    assertEquals(200, me.status(), me::toString);
    assertTrue(!me.json().containsKey("tenant") || me.json().isNull("tenant"), me::toString);
  }

  /** Signs in through Keycloak's login pages like a browser would: authorization code flow with PKCE (S256). */
  static final class OidcLogin {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private final String issuer;
    private final String clientId;
    private final String redirectUri;

    OidcLogin(String issuer, String clientId, String redirectUri) {
      this.issuer = issuer;
      this.clientId = clientId;
      this.redirectUri = redirectUri;
    }

    /** The tokens (JSON text) for this user; fails with the page Keycloak showed when sign-in does not succeed. */
    String signIn(String username, String password) throws IOException, InterruptedException {
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(localCookies())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      String verifier = randomToken(32);
      String state = randomToken(16);
      Map<String, String> query = new LinkedHashMap<>();
      query.put("client_id", clientId);
      query.put("response_type", "code");
      query.put("scope", "openid");
      query.put("redirect_uri", redirectUri);
      query.put("state", state);
      query.put("code_challenge", challenge(verifier));
      query.put("code_challenge_method", "S256");
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/auth?" + form(query))).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      for (int step = 0; step < 3; step++) {
        if (page.statusCode() == 302 || page.statusCode() == 303) {
          return exchange(http, page.headers().firstValue("Location").orElseThrow(), state, verifier);
        }
        if (page.statusCode() != 200) {
          throw new IllegalStateException("Keycloak answered " + page.statusCode() + ": " + page.body());
        }
        String html = page.body();
        String action = formAction(html);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        if (html.contains("name=\"password\"")) {
          fields.put("password", password);
          fields.put("credentialId", "");
        }
        page =
            http.send(
                HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      }
      throw new IllegalStateException("Keycloak did not redirect back after sign-in: " + page.body());
    }

    private String exchange(HttpClient http, String location, String state, String verifier)
        throws IOException, InterruptedException {
      if (!location.startsWith(redirectUri)) {
        throw new IllegalStateException("redirected to " + location + ", not back to " + redirectUri);
      }
      Map<String, String> params = parseQuery(URI.create(location).getRawQuery());
      if (!state.equals(params.get("state"))) {
        throw new IllegalStateException("state mismatch in " + location);
      }
      String code = params.get("code");
      if (code == null) {
        throw new IllegalStateException("no code in " + location);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("grant_type", "authorization_code");
      fields.put("client_id", clientId);
      fields.put("code", code);
      fields.put("redirect_uri", redirectUri);
      fields.put("code_verifier", verifier);
      HttpResponse<String> tokens =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (tokens.statusCode() != 200) {
        throw new IllegalStateException("token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
      }
      return tokens.body();
    }

    /**
     * Keycloak marks its cookies Secure; browsers still keep them on http://localhost and 127.0.0.1 (trustworthy
     * origins), Java's cookie manager does not. So the flag is dropped, as a browser would treat it locally.
     */
    private static CookieHandler localCookies() {
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      return new CookieHandler() {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
          return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
          Map<String, List<String>> insecure = new LinkedHashMap<>();
          headers.forEach((name, values) -> insecure.put(name,
              name != null && name.toLowerCase(Locale.ROOT).startsWith("set-cookie")
                  ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                  : values));
          cookies.put(uri, insecure);
        }
      };
    }

    private static String formAction(String html) {
      Matcher forms = FORM.matcher(html);
      while (forms.find()) {
        Matcher action = ACTION.matcher(forms.group());
        if (action.find()) {
          return action.group(1).replace("&amp;", "&");
        }
      }
      throw new IllegalStateException("no form on Keycloak's page: " + html);
    }

    private static Map<String, String> parseQuery(String query) {
      Map<String, String> params = new LinkedHashMap<>();
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        params.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      return params;
    }

    private static String form(Map<String, String> fields) {
      return fields.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
              + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }

    private static String randomToken(int bytes) {
      byte[] random = new byte[bytes];
      new SecureRandom().nextBytes(random);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String challenge(String verifier) {
      try {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
