package dev.frontdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signup, sign-in, sessions, the platform admin, and managing staff, through the API in built-in mode. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  private Api api() {
    return Api.at(base);
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
  void signupRefusesTakenSlugsTakenEmailsAndBadInputWithProblemsAndWritesNothing() {
    Company taken = Companies.signUp(api(), "Taken");

    Api.Reply slug = api().post("/api/v1/signup", signupBody(taken.slug(), "other@example.test"));
    assertEquals(409, slug.status(), slug::toString);
    assertTrue(slug.isProblem());
    assertTrue(slug.string("detail").contains("slug"), slug::toString);

    Api.Reply email = api().post("/api/v1/signup", signupBody("fresh-" + taken.id().substring(0, 8), taken.adminEmail()));
    assertEquals(409, email.status(), email::toString);
    assertTrue(email.string("detail").contains("email"), email::toString);
    // The failed signup left no company behind: its slug is still free.
    Api.Reply retry = api().post("/api/v1/signup",
        signupBody("fresh-" + taken.id().substring(0, 8), "fresh-" + taken.id().substring(0, 8) + "@example.test"));
    assertEquals(201, retry.status(), retry::toString);

    Api.Reply invalid = api().post("/api/v1/signup", Json.createObjectBuilder()
        .add("companyName", "").add("slug", "No Spaces").add("adminName", "x")
        .add("adminEmail", "not-an-email").add("adminPassword", "short").build());
    assertEquals(400, invalid.status(), invalid::toString);
    assertTrue(invalid.isProblem());
    String fields = invalid.json().getJsonArray("errors").toString();
    for (String field : new String[] {"companyName", "slug", "adminEmail", "adminPassword"}) {
      assertTrue(fields.contains("\"" + field + "\""), () -> field + " missing in " + fields);
    }

    Api.Reply reserved = api().post("/api/v1/signup", signupBody("admin", "reserved@example.test"));
    assertEquals(400, reserved.status(), reserved::toString);

    Api.Reply notJson = api().send("POST", "/api/v1/signup", Json.createValue("nope"));
    assertEquals(400, notJson.status(), notJson::toString);
    assertTrue(notJson.isProblem(), notJson::toString);
  }

  @Test
  void signInRefreshAndSignOut() {
    Company c = Companies.signUp(api(), "Session");
    Api.Reply wrong = api().post("/api/v1/auth/login", Json.createObjectBuilder()
        .add("tenant", c.slug()).add("email", c.adminEmail()).add("password", "wrong-password").build());
    assertEquals(401, wrong.status());
    assertTrue(wrong.isProblem());

    Api.Reply login = api().post("/api/v1/auth/login", Json.createObjectBuilder()
        .add("tenant", c.slug()).add("email", c.adminEmail().toUpperCase()).add("password", c.password()).build());
    assertEquals(200, login.status(), login::toString);
    assertEquals("Bearer", login.string("token_type"));
    assertTrue(login.json().getInt("expires_in") > 0);

    JsonObject me = api().as(login.string("access_token")).get("/api/v1/me").json();
    assertEquals(c.adminEmail(), me.getJsonObject("user").getString("email"));
    assertEquals("[\"tenant-admin\"]", me.getJsonObject("user").getJsonArray("roles").toString());
    assertEquals(c.slug(), me.getJsonObject("tenant").getString("slug"));

    String refresh = login.string("refresh_token");
    Api.Reply refreshed = api().post("/api/v1/auth/refresh", Json.createObjectBuilder().add("refresh_token", refresh).build());
    assertEquals(200, refreshed.status(), refreshed::toString);
    assertNotEquals(refresh, refreshed.string("refresh_token"));
    assertEquals(200, api().as(refreshed.string("access_token")).get("/api/v1/me").status());
    // Rotation: the used refresh token is spent.
    assertEquals(401, api().post("/api/v1/auth/refresh", Json.createObjectBuilder().add("refresh_token", refresh).build()).status());

    String current = refreshed.string("refresh_token");
    assertEquals(204, api().post("/api/v1/auth/logout", Json.createObjectBuilder().add("refresh_token", current).build()).status());
    assertEquals(401, api().post("/api/v1/auth/refresh", Json.createObjectBuilder().add("refresh_token", current).build()).status());

    Api.Reply anonymous = api().get("/api/v1/me");
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.isProblem(), anonymous::toString);
    Api.Reply garbage = api().as("not.a.token").get("/api/v1/me");
    assertEquals(401, garbage.status());
    assertTrue(garbage.isProblem(), garbage::toString);
  }

  @Test
  void thePlatformAdminSignsInWithoutACompanyAndSeesNoTenantData() {
    Api.Reply login = api().post("/api/v1/auth/login", Json.createObjectBuilder()
        .add("email", "platform@frontdesk.test").add("password", "platform-password-1").build());
    assertEquals(200, login.status(), login::toString);
    Api admin = api().as(login.string("access_token"));
    JsonObject me = admin.get("/api/v1/me").json();
    assertTrue(me.containsKey("tenant") && me.isNull("tenant"), me::toString);
    assertEquals("[\"platform-admin\"]", me.getJsonObject("user").getJsonArray("roles").toString());
    assertEquals(403, admin.get("/api/v1/members").status());
  }

  @Test
  void adminsManageDepartmentsAndStaffAndOthersOnlyRead() {
    Company c = Companies.signUp(api(), "Org");
    Api admin = api().as(Companies.signIn(api(), c));

    String sales = admin.post("/api/v1/departments", Json.createObjectBuilder().add("name", "Sales").build()).string("id");
    assertEquals(409, admin.post("/api/v1/departments", Json.createObjectBuilder().add("name", "Sales").build()).status());
    assertEquals("Inside sales", admin.patch("/api/v1/departments/" + sales,
        Json.createObjectBuilder().add("name", "Inside sales").build()).string("name"));
    assertEquals(400, admin.post("/api/v1/departments", Json.createObjectBuilder().add("name", " ").build()).status());

    Api.Reply supervisor = admin.post("/api/v1/members", Json.createObjectBuilder()
        .add("name", "Sue Supervisor").add("email", "sue@" + c.slug() + ".test").add("password", "sue-password-1")
        .add("roles", Json.createArrayBuilder().add("supervisor"))
        .add("departmentIds", Json.createArrayBuilder().add(sales)).build());
    assertEquals(201, supervisor.status(), supervisor::toString);
    assertEquals("active", supervisor.string("status"));
    assertEquals("[\"" + sales + "\"]", supervisor.json().getJsonArray("departmentIds").toString());

    // Staff of other roles read but do not write.
    Api sue = api().as(Companies.signIn(api(), c.slug(), "sue@" + c.slug() + ".test", "sue-password-1"));
    assertEquals(2, sue.get("/api/v1/members").array().size());
    assertEquals(403, sue.post("/api/v1/departments", Json.createObjectBuilder().add("name", "Mine").build()).status());
    assertEquals(403, sue.delete("/api/v1/members/" + c.adminId()).status());

    // Invite without a password; the invitee picks one through the link.
    Api.Reply invited = admin.post("/api/v1/members", Json.createObjectBuilder()
        .add("name", "Ivy Invited").add("email", "ivy@" + c.slug() + ".test")
        .add("roles", Json.createArrayBuilder().add("agent")).build());
    assertEquals(201, invited.status(), invited::toString);
    assertEquals("invited", invited.string("status"));
    String token = invited.json().getJsonObject("invitation").getString("token");
    assertTrue(invited.json().getJsonObject("invitation").getString("url").endsWith(token));
    Api.Reply info = api().get("/api/v1/invitations/" + token);
    assertEquals("ivy@" + c.slug() + ".test", info.string("email"));
    assertEquals(c.slug(), info.json().getJsonObject("tenant").getString("slug"));
    assertEquals(400, api().post("/api/v1/invitations/" + token + "/accept",
        Json.createObjectBuilder().add("password", "short").build()).status());
    assertEquals(204, api().post("/api/v1/invitations/" + token + "/accept",
        Json.createObjectBuilder().add("password", "ivy-password-1").build()).status());
    assertEquals(404, api().post("/api/v1/invitations/" + token + "/accept",
        Json.createObjectBuilder().add("password", "ivy-password-2").build()).status(), "an invitation is used once");
    String ivyToken = Companies.signIn(api(), c.slug(), "ivy@" + c.slug() + ".test", "ivy-password-1");
    String ivyId = invited.string("id");
    assertEquals("active", admin.get("/api/v1/members/" + ivyId).string("status"));

    // Promote, then the company keeps at least one admin.
    assertEquals("[\"agent\",\"tenant-admin\"]", admin.patch("/api/v1/members/" + ivyId,
        Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("agent").add("tenant-admin")).build())
        .json().getJsonArray("roles").toString());
    JsonObject dept = Json.createObjectBuilder().add("name", "Ivy's team").build();
    assertEquals(403, api().as(ivyToken).post("/api/v1/departments", dept).status(),
        "a token issued before the promotion carries the old roles");
    String promoted = Companies.signIn(api(), c.slug(), "ivy@" + c.slug() + ".test", "ivy-password-1");
    assertEquals(201, api().as(promoted).post("/api/v1/departments", dept).status());
    Api.Reply unknownRole = admin.patch("/api/v1/members/" + c.adminId(),
        Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("root")).build());
    assertEquals(400, unknownRole.status(), unknownRole::toString);

    // Delete the department: its members stay, without it.
    assertEquals(204, admin.delete("/api/v1/departments/" + sales).status());
    assertEquals(404, admin.get("/api/v1/departments/" + sales).status());
    assertEquals("[]", admin.get("/api/v1/members/" + supervisor.string("id")).json().getJsonArray("departmentIds").toString());
  }

  @Test
  void theLastAdminCannotBeRemovedOrDemoted() {
    Company c = Companies.signUp(api(), "Solo");
    Api admin = api().as(Companies.signIn(api(), c));
    Api.Reply demote = admin.patch("/api/v1/members/" + c.adminId(),
        Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("agent")).build());
    assertEquals(409, demote.status(), demote::toString);
    assertEquals(409, admin.delete("/api/v1/members/" + c.adminId()).status());
    assertEquals("[\"tenant-admin\"]", admin.get("/api/v1/members/" + c.adminId()).json().getJsonArray("roles").toString());
  }

  @Test
  void healthMetricsOpenApiAndTheConsoleAreServed() {
    Api.Reply ready = api().get("/health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertTrue(ready.text().contains("database"), ready::toString);
    assertEquals(200, api().get("/health/live").status());
    assertEquals(200, api().withHeader("Accept", "text/plain").get("/metrics").status());
    Api.Reply openapi = api().get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.text().contains("/api/v1/members"), "OpenAPI lists the members routes");
    assertEquals(200, api().get("/api-docs/").status(), "the browsable API documentation");
    Api.Reply console = api().get("/");
    assertEquals(200, console.status());
    assertTrue(console.text().contains("<div id=\"root\""), "the admin console's page");
    assertEquals("builtin", api().get("/api/v1/auth/config").string("mode"));
    assertFalse(api().get("/api/v1/auth/jwks").json().getJsonArray("keys").isEmpty());
  }
}
