package dev.frontdesk.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two companies side by side: neither can see or change the other's data through the API (every
 * tenant-scoped route, with the other's ids and tokens), and PostgreSQL's row-level security holds on its own
 * for SQL that forgets the tenant.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  /** A company with a department and an agent, seen through its admin's token. */
  record Seeded(Company company, Api admin, String departmentId, String agentId, String agentEmail) {}

  private Seeded seed(String label) {
    Api api = Api.at(base);
    Company company = Companies.signUp(api, label);
    Api admin = api.as(Companies.signIn(api, company));
    String department = admin.post("/api/v1/departments", Json.createObjectBuilder().add("name", "Support").build())
        .string("id");
    String agentEmail = "agent@" + company.slug() + ".test";
    Api.Reply agent =
        admin.post(
            "/api/v1/members",
            Json.createObjectBuilder()
                .add("name", label + " Agent")
                .add("email", agentEmail)
                .add("password", "agent-password-1")
                .add("roles", Json.createArrayBuilder().add("agent"))
                .add("departmentIds", Json.createArrayBuilder().add(department))
                .build());
    assertEquals(201, agent.status(), agent::toString);
    return new Seeded(company, admin, department, agent.string("id"), agentEmail);
  }

  @Test
  void everyTenantScopedRouteRefusesTheOtherTenantsIds() {
    Seeded a = seed("Alpha");
    Seeded b = seed("Bravo");
    for (Seeded[] pair : new Seeded[][] {{a, b}, {b, a}}) {
      Seeded me = pair[0];
      Seeded other = pair[1];
      JsonObject rename = Json.createObjectBuilder().add("name", "Taken over").build();

      assertNotFoundProblem(me.admin().get("/api/v1/departments/" + other.departmentId()));
      assertNotFoundProblem(me.admin().patch("/api/v1/departments/" + other.departmentId(), rename));
      assertNotFoundProblem(me.admin().delete("/api/v1/departments/" + other.departmentId()));
      assertNotFoundProblem(me.admin().get("/api/v1/members/" + other.agentId()));
      assertNotFoundProblem(me.admin().patch("/api/v1/members/" + other.agentId(), rename));
      assertNotFoundProblem(me.admin().delete("/api/v1/members/" + other.agentId()));
      assertNotFoundProblem(me.admin().get("/api/v1/members/" + other.company().adminId()));

      // The other company's canned replies are as good as absent.
      Api.Reply theirs = other.admin().post("/api/v1/canned-replies", Json.createObjectBuilder().add("scope", "tenant")
          .add("shortcut", "greeting").add("text", "Hello from " + other.company().name()).build());
      assertEquals(201, theirs.status(), theirs::toString);
      assertNotFoundProblem(me.admin().patch("/api/v1/canned-replies/" + theirs.string("id"), rename));
      assertNotFoundProblem(me.admin().delete("/api/v1/canned-replies/" + theirs.string("id")));
      assertFalse(me.admin().get("/api/v1/canned-replies").text().contains(theirs.string("id")));

      // Referring to the other company's department in a body is refused, and nothing is written.
      Api.Reply sneaky =
          me.admin().post(
              "/api/v1/members",
              Json.createObjectBuilder()
                  .add("name", "Sneaky")
                  .add("email", "sneaky@" + me.company().slug() + ".test")
                  .add("password", "sneaky-password-1")
                  .add("roles", Json.createArrayBuilder().add("agent"))
                  .add("departmentIds", Json.createArrayBuilder().add(other.departmentId()))
                  .build());
      assertEquals(400, sneaky.status(), sneaky::toString);
      assertFalse(me.admin().get("/api/v1/members").text().contains("sneaky@"));

      // Lists show only one's own company.
      String members = me.admin().get("/api/v1/members").text();
      assertTrue(members.contains(me.agentEmail()));
      assertFalse(members.contains(other.agentEmail()));
      assertFalse(members.contains(other.company().adminEmail()));
      assertEquals(1, me.admin().get("/api/v1/departments").array().size());
      assertEquals(me.company().id(), me.admin().get("/api/v1/me").json().getJsonObject("tenant").getString("id"));
    }
    // The other company's data is untouched.
    assertEquals("Support", b.admin().get("/api/v1/departments/" + b.departmentId()).string("name"));
    assertEquals(200, b.admin().get("/api/v1/members/" + b.agentId()).status());
  }

  @Test
  void aStaffMemberSeesOnlyTheirOwnCompany() {
    Seeded a = seed("Charlie");
    Seeded b = seed("Delta");
    Api agent = Api.at(base).as(Companies.signIn(Api.at(base), a.company().slug(), a.agentEmail(), "agent-password-1"));
    JsonObject me = agent.get("/api/v1/me").json();
    assertEquals(a.company().name(), me.getJsonObject("tenant").getString("name"));
    assertEquals(List.of("agent"), me.getJsonObject("user").getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    assertFalse(agent.get("/api/v1/members").text().contains(b.company().adminEmail()));
    assertNotFoundProblem(agent.get("/api/v1/departments/" + b.departmentId()));
    // An agent of company A cannot sign in to company B with A's password.
    Api.Reply wrongCompany =
        Api.at(base).post("/api/v1/auth/login",
            Json.createObjectBuilder().add("tenant", b.company().slug()).add("email", a.agentEmail())
                .add("password", "agent-password-1").build());
    assertEquals(401, wrongCompany.status());
  }

  @Test
  void theTenantComesFromTheVerifiedTokenNotFromTheClient() {
    Seeded a = seed("Echo");
    Seeded b = seed("Foxtrot");
    // A header naming another tenant changes nothing.
    Api.Reply withHeader =
        a.admin().withHeader("X-Tenant-Id", b.company().id()).withHeader("X-Tenant", b.company().slug())
            .get("/api/v1/members");
    assertTrue(withHeader.text().contains(a.agentEmail()), withHeader::toString);
    assertFalse(withHeader.text().contains(b.agentEmail()), withHeader::toString);
    // A token whose tenant claim was edited no longer verifies.
    String token = Companies.signIn(Api.at(base), a.company());
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace(a.company().id(), b.company().id());
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    Api.Reply reply = Api.at(base).as(forged).get("/api/v1/departments");
    assertEquals(401, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
  }

  @Test
  void rowLevelSecurityHidesOtherTenantsFromSqlThatForgetsTheTenant() throws SQLException {
    Seeded a = seed("Golf");
    Seeded b = seed("Hotel");
    try (Connection c = TestDatabase.connectAsApp()) {
      // No tenant set: tenant-owned tables look empty.
      assertEquals(0, count(c, "select count(*) from members"));
      c.setAutoCommit(false);
      setTenant(c, a.company().id());
      List<String> emails = strings(c, "select email from members order by email");
      assertEquals(List.of(a.company().adminEmail(), a.agentEmail()).stream().sorted().toList(), emails);
      assertEquals(1, count(c, "select count(*) from departments"));
      assertEquals(1, count(c, "select count(*) from department_memberships"));
      // Writing a row for the other tenant is refused by the policy's WITH CHECK.
      SQLException refused = assertThrows(SQLException.class, () -> {
        try (PreparedStatement s = c.prepareStatement(
            "insert into departments (id, tenant_id, name, created_at) values (?, ?, 'Intruder', now())")) {
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, UUID.fromString(b.company().id()));
          s.executeUpdate();
        }
      });
      assertTrue(refused.getMessage().contains("row-level security"), refused::getMessage);
      c.rollback();
      // The setting is transaction-local: gone after the transaction ends, so a pooled connection cannot leak it.
      setTenant(c, b.company().id());
      assertEquals(List.of(b.agentEmail()), strings(c, "select email from members where email like 'agent@%'"));
      c.commit();
      assertEquals(0, count(c, "select count(*) from members"));
      c.commit();
    }
  }

  @Test
  void everyTenantTableIsForcedUnderRowLevelSecurityAndTheAppRoleCannotBypassIt() throws SQLException {
    try (Connection c = TestDatabase.connectAsOwner()) {
      List<String> unprotected = strings(c,
          "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
              + " join information_schema.columns col on col.table_name = c.relname and col.table_schema = n.nspname"
              + " where n.nspname = current_schema() and c.relkind = 'r' and col.column_name = 'tenant_id'"
              // Global look-ups by a secret or public key, read before any tenant is known, and the webhook
              // dispatcher's queue of all tenants (ids and times); no tenant data.
              + " and c.relname not in ('refresh_tokens', 'invitations', 'entry_keys', 'api_client_ids',"
              + " 'webhook_queue')"
              + " and not (c.relrowsecurity and c.relforcerowsecurity) order by 1");
      assertEquals(List.of(), unprotected, "tenant tables without ENABLE + FORCE row level security");
      assertEquals(1, count(c, "select count(*) from pg_tables where schemaname = current_schema()"
          + " and tablename = 'members'"), "the check above looked at the migrated schema");
      assertEquals(0, count(c, "select count(*) from pg_roles where rolname = '" + TestDatabase.APP_ROLE
          + "' and (rolsuper or rolbypassrls)"));
      assertEquals(0, count(c, "select count(*) from pg_tables where tableowner = '" + TestDatabase.APP_ROLE + "'"));
    }
  }

  private static void assertNotFoundProblem(Api.Reply reply) {
    assertEquals(404, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
  }

  private static void setTenant(Connection c, String tenantId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      s.setString(1, tenantId);
      s.execute();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
