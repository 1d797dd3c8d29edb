package dev.frontdesk.developer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The developer API as a tenant's back-end uses it: an admin creates a credential, the back-end trades it for a
 * token (OAuth 2.0 client credentials), calls the routes its scopes open, sends messages to customers within the
 * send window, pages through the event feed, and looks customers up. Revoked credentials and other tenants'
 * credentials get nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DeveloperApiIT {

  private static final String ALL_SCOPES = "accounts servicers entry-points sessions messages sync customers webhooks";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  /** A company with one account (no servicers: sessions wait in the queue) and an entry point. */
  record Desk(Api api, Company company, Api admin, String accountId, String entryKey) {}

  /** A credential as created: its id, client id and the secret shown once. */
  record Credential(String id, String clientId, String secret) {}

  /** A visitor: their customer id, current session and an API client carrying their visitor token. */
  record Visitor(Api api, String customerId, String sessionId) {
    Api.Reply say(String clientMsgId, String text) {
      return api.post("/api/v1/visitor/messages",
          Json.createObjectBuilder().add("sessionId", sessionId).add("clientMsgId", clientMsgId).add("type", "text")
              .add("content", Json.createObjectBuilder().add("text", text)).build());
    }

    JsonArray messages() {
      return api.get("/api/v1/visitor/messages?sessionId=" + sessionId).json().getJsonArray("messages");
    }
  }

  private Desk desk(String label) {
    Api api = Api.at(base);
    Company company = Companies.signUp(api, label);
    Api admin = api.as(Companies.signIn(api, company));
    Api.Reply account =
        admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", label + " Support").build());
    assertEquals(201, account.status(), account::toString);
    String accountId = account.string("id");
    Api.Reply entry = admin.post("/api/v1/accounts/" + accountId + "/entry-points",
        Json.createObjectBuilder().add("scene", "website").add("name", "Web site").build());
    assertEquals(201, entry.status(), entry::toString);
    return new Desk(api, company, admin, accountId, entry.string("key"));
  }

  private Visitor visit(Desk desk) {
    Api.Reply opened = desk.api().post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).build());
    assertEquals(200, opened.status(), opened::toString);
    return new Visitor(desk.api().withHeader("X-Visitor-Token", opened.string("visitorToken")),
        opened.string("customerId"), opened.json().getJsonObject("session").getString("id"));
  }

  private static Credential credential(Desk desk, String name, String scopes) {
    Api.Reply created = desk.admin().post("/api/v1/credentials",
        Json.createObjectBuilder().add("name", name)
            .add("scopes", Json.createArrayBuilder(List.of(scopes.split(" ")))).build());
    assertEquals(201, created.status(), created::toString);
    JsonObject c = created.json();
    return new Credential(c.getString("id"), c.getString("clientId"), c.getString("clientSecret"));
  }

  private static Api.Reply exchange(Api api, Map<String, String> form) {
    return api.postForm("/api/v1/auth/token", form);
  }

  private static Api client(Desk desk, Credential credential) {
    Api.Reply token = exchange(desk.api(), Map.of(
        "grant_type", "client_credentials", "client_id", credential.clientId(), "client_secret", credential.secret()));
    assertEquals(200, token.status(), token::toString);
    return desk.api().as(token.string("access_token"));
  }

  private static Api.Reply sendText(Api client, String customerId, String clientMsgId, String text) {
    return client.post("/api/v1/messages",
        Json.createObjectBuilder().add("customerId", customerId).add("clientMsgId", clientMsgId).add("type", "text")
            .add("content", Json.createObjectBuilder().add("text", text)).build());
  }

  /** Every event from the beginning of the feed, page by page. */
  private static List<JsonObject> syncAll(Api client, int limit) {
    List<JsonObject> events = new ArrayList<>();
    String cursor = "";
    for (int pages = 0; pages < 10_000; pages++) {
      JsonObject page = syncPage(client, cursor, limit);
      page.getJsonArray("events").forEach(e -> events.add(e.asJsonObject()));
      cursor = page.getString("next_cursor");
      if (!page.getBoolean("has_more")) {
        return events;
      }
    }
    throw new AssertionError("the feed never ended");
  }

  private static JsonObject syncPage(Api client, String cursor, int limit) {
    Api.Reply reply = client.get("/api/v1/sync?limit=" + limit + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  @Test
  void anAdminCreatesACredentialWhoseSecretBuysATokenOnce() {
    Desk desk = desk("Creds");
    Api.Reply created = desk.admin().post("/api/v1/credentials",
        Json.createObjectBuilder().add("name", "ERP")
            .add("scopes", Json.createArrayBuilder().add("accounts").add("sync")).build());
    assertEquals(201, created.status(), created::toString);
    JsonObject c = created.json();
    String secret = c.getString("clientSecret");
    assertTrue(secret.length() >= 40, "a long random secret");
    assertEquals(List.of("accounts", "sync"), strings(c.getJsonArray("scopes")));
    assertTrue(c.getString("tokenUrl").endsWith("/api/v1/auth/token"));

    JsonArray listed = desk.admin().get("/api/v1/credentials").array();
    assertEquals(1, listed.size());
    JsonObject view = listed.getJsonObject(0);
    assertEquals(c.getString("id"), view.getString("id"));
    assertFalse(view.containsKey("clientSecret"), "the secret is never shown again");
    assertFalse(listed.toString().contains(secret));
    assertEquals(JsonValue.NULL, view.get("lastUsedAt"));

    // Form body and HTTP Basic both authenticate the client (RFC 6749 §2.3.1).
    Api.Reply token = exchange(desk.api(), Map.of(
        "grant_type", "client_credentials", "client_id", c.getString("clientId"), "client_secret", secret));
    assertEquals(200, token.status(), token::toString);
    assertEquals("Bearer", token.string("token_type"));
    assertEquals("accounts sync", token.string("scope"));
    assertTrue(token.json().getInt("expires_in") > 0);
    String basic = Base64.getEncoder().encodeToString(
        (c.getString("clientId") + ":" + secret).getBytes(StandardCharsets.UTF_8));
    Api.Reply viaBasic = exchange(desk.api().withHeader("Authorization", "Basic " + basic),
        Map.of("grant_type", "client_credentials", "scope", "sync"));
    assertEquals(200, viaBasic.status(), viaBasic::toString);
    assertEquals("sync", viaBasic.string("scope"), "a token may be narrowed to some of the scopes");

    Api client = desk.api().as(token.string("access_token"));
    Api.Reply accounts = client.get("/api/v1/accounts");
    assertEquals(200, accounts.status(), accounts::toString);
    assertEquals(desk.accountId(), accounts.array().getJsonObject(0).getString("id"));
    assertNotNull(desk.admin().get("/api/v1/credentials").array().getJsonObject(0).getString("lastUsedAt"));

    // RFC 6749 errors, as OAuth libraries expect them.
    Api.Reply wrong = exchange(desk.api(), Map.of(
        "grant_type", "client_credentials", "client_id", c.getString("clientId"), "client_secret", secret + "x"));
    assertEquals(401, wrong.status(), wrong::toString);
    assertEquals("invalid_client", wrong.string("error"));
    Api.Reply unknown = exchange(desk.api(), Map.of(
        "grant_type", "client_credentials", "client_id", "fd_nobody", "client_secret", secret));
    assertEquals(401, unknown.status());
    assertEquals("invalid_client", unknown.string("error"));
    Api.Reply password = exchange(desk.api(), Map.of("grant_type", "password", "username", "a", "password", "b"));
    assertEquals(400, password.status());
    assertEquals("unsupported_grant_type", password.string("error"));
    Api.Reply wider = exchange(desk.api(), Map.of("grant_type", "client_credentials",
        "client_id", c.getString("clientId"), "client_secret", secret, "scope", "messages"));
    assertEquals(400, wider.status());
    assertEquals("invalid_scope", wider.string("error"));

    Api.Reply badScope = desk.admin().post("/api/v1/credentials",
        Json.createObjectBuilder().add("name", "x").add("scopes", Json.createArrayBuilder().add("everything")).build());
    assertEquals(400, badScope.status());
    assertTrue(badScope.isProblem());
    assertTrue(badScope.text().contains("everything"), badScope::toString);
    assertEquals(403, client.get("/api/v1/credentials").status(), "API clients cannot manage credentials");
  }

  @Test
  void scopesDecideWhatAnApiClientMayCallAndStaffTokensAreUnaffected() {
    Desk desk = desk("Scopes");
    Visitor visitor = visit(desk);
    assertEquals(201, visitor.say("v-1", "hello").status());
    Api syncOnly = client(desk, credential(desk, "Feed reader", "sync"));

    Api.Reply accounts = syncOnly.get("/api/v1/accounts");
    assertEquals(403, accounts.status(), accounts::toString);
    assertTrue(accounts.isProblem());
    assertTrue(accounts.text().contains("'accounts' scope"), accounts::toString);
    assertEquals(403, syncOnly.get("/api/v1/sessions/" + visitor.sessionId()).status());
    assertEquals(403, sendText(syncOnly, visitor.customerId(), "m-1", "hi").status());
    // Routes never opened to API clients stay closed, whatever the scopes.
    Api everything = client(desk, credential(desk, "Everything", ALL_SCOPES));
    assertEquals(403, everything.get("/api/v1/me").status());
    assertEquals(403, everything.get("/api/v1/members").status());
    Api.Reply claim =
        everything.post("/api/v1/sessions/" + visitor.sessionId() + "/claim", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(403, claim.status(), claim::toString);
    assertTrue(claim.isProblem());

    // With the scopes: accounts, servicers, entry points and sessions, as staff use them.
    Api.Reply created = everything.post("/api/v1/accounts", Json.createObjectBuilder().add("name", "Via API").build());
    assertEquals(201, created.status(), created::toString);
    String newAccount = created.string("id");
    assertEquals(200, everything.patch("/api/v1/accounts/" + newAccount,
        Json.createObjectBuilder().add("name", "Via API, renamed").build()).status());
    assertEquals(200, everything.get("/api/v1/accounts/" + newAccount + "/servicers").status());
    Api.Reply entry = everything.post("/api/v1/accounts/" + newAccount + "/entry-points",
        Json.createObjectBuilder().add("scene", "app").add("name", "App").build());
    assertEquals(201, entry.status(), entry::toString);
    assertEquals(200, everything.get("/api/v1/entry-points/" + entry.string("id")).status());
    JsonArray sessions = everything.get("/api/v1/sessions").array();
    assertEquals(1, sessions.size());
    assertEquals(visitor.sessionId(), sessions.getJsonObject(0).getString("id"));
    assertEquals(400, everything.get("/api/v1/sessions?mine=true").status());
    Api.Reply session = everything.get("/api/v1/sessions/" + visitor.sessionId());
    assertEquals(200, session.status(), session::toString);
    Api.Reply transcript = everything.get("/api/v1/sessions/" + visitor.sessionId() + "/messages");
    assertEquals(200, transcript.status(), transcript::toString);
    Api.Reply moved = everything.post("/api/v1/sessions/" + visitor.sessionId() + "/transfer",
        Json.createObjectBuilder().add("accountId", newAccount).build());
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(newAccount, moved.string("accountId"));

    assertEquals(200, desk.admin().get("/api/v1/accounts").status(), "staff tokens work as before");
    assertEquals(200, desk.admin().get("/api/v1/me").status());
  }

  @Test
  void aRevokedCredentialIsRefusedAtOnce() {
    Desk desk = desk("Revoke");
    Credential credential = credential(desk, "Old ERP", "accounts");
    Api client = client(desk, credential);
    assertEquals(200, client.get("/api/v1/accounts").status());

    assertEquals(204, desk.admin().delete("/api/v1/credentials/" + credential.id()).status());
    Api.Reply refused = client.get("/api/v1/accounts");
    assertEquals(401, refused.status(), "its unexpired token stops working: " + refused);
    assertTrue(refused.isProblem());
    Api.Reply exchange = exchange(desk.api(), Map.of(
        "grant_type", "client_credentials", "client_id", credential.clientId(), "client_secret", credential.secret()));
    assertEquals(401, exchange.status());
    assertEquals("invalid_client", exchange.string("error"));
    assertEquals(0, desk.admin().get("/api/v1/credentials").array().size());
    assertEquals(404, desk.admin().delete("/api/v1/credentials/" + credential.id()).status());
  }

  @Test
  void aMessageSentThroughTheApiReachesTheVisitorOnce() {
    Desk desk = desk("Send");
    Visitor visitor = visit(desk);
    assertEquals(201, visitor.say("v-1", "Is my order shipped?").status());
    Api client = client(desk, credential(desk, "Shop", "messages"));

    Api.Reply sent = sendText(client, visitor.customerId(), "order-42-shipped", "Your order has shipped.");
    assertEquals(201, sent.status(), sent::toString);
    JsonObject message = sent.json().getJsonObject("message");
    assertEquals(visitor.sessionId(), message.getString("sessionId"));
    assertEquals("api", message.getJsonObject("sender").getString("type"));
    Api.Reply again = sendText(client, visitor.customerId(), "order-42-shipped", "Your order has shipped.");
    assertEquals(200, again.status(), "the same clientMsgId is sent once: " + again);
    assertEquals(message.getString("id"), again.json().getJsonObject("message").getString("id"));

    JsonArray seen = visitor.messages();
    List<String> texts = new ArrayList<>();
    seen.forEach(m -> {
      JsonObject content = m.asJsonObject().getJsonObject("content");
      texts.add(content == null ? null : content.getString("text", null));
    });
    assertEquals(1, texts.stream().filter("Your order has shipped."::equals).count(), texts::toString);

    Api.Reply nobody = sendText(client, UUID.randomUUID().toString(), "x-1", "hi");
    assertEquals(404, nobody.status(), nobody::toString);
    Api.Reply badType = client.post("/api/v1/messages", Json.createObjectBuilder()
        .add("customerId", visitor.customerId()).add("clientMsgId", "x-2").add("type", "hologram")
        .add("content", JsonValue.EMPTY_JSON_OBJECT).build());
    assertEquals(400, badType.status(), badType::toString);
  }

  @Test
  void theSendWindowRefusesTheSixthMessageAndSyncReportsIt() {
    Desk desk = desk("Window");
    Visitor visitor = visit(desk);
    assertEquals(201, visitor.say("v-1", "Tell me when it is back in stock").status());
    Api client = client(desk, credential(desk, "Stock alerts", "messages sync"));
    for (int i = 1; i <= 5; i++) {
      Api.Reply ok = sendText(client, visitor.customerId(), "alert-" + i, "Update " + i);
      assertEquals(201, ok.status(), ok::toString);
    }
    Api.Reply refused = sendText(client, visitor.customerId(), "alert-6", "Update 6");
    assertEquals(422, refused.status(), refused::toString);
    assertTrue(refused.isProblem());
    assertTrue(refused.string("type").endsWith("/send-window"), refused::toString);

    List<JsonObject> failures = syncAll(client, 100).stream()
        .filter(e -> e.getString("type").equals("msg_send_fail")).toList();
    assertEquals(1, failures.size(), failures::toString);
    JsonObject data = failures.get(0).getJsonObject("data");
    assertEquals("alert-6", data.getString("clientMsgId"));
    assertEquals(visitor.sessionId(), data.getString("sessionId"));

    // The customer writing again opens the window again.
    assertEquals(201, visitor.say("v-2", "Thanks!").status());
    assertEquals(201, sendText(client, visitor.customerId(), "alert-6", "Update 6").status());
  }

  @Test
  void syncReturnsEveryEventExactlyOnceInOrderWhileWritersRace() throws Exception {
    Desk desk = desk("Sync");
    Api client = client(desk, credential(desk, "Warehouse", "sync"));
    int visitors = 6;
    int messagesEach = 8;
    Set<String> sentIds = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(visitors + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<JsonObject> seen = new ArrayList<>();
    try {
      Future<?> reader = pool.submit(() -> {
        String cursor = "";
        // Pages while the writers commit out of order, then drains what is left.
        while (true) {
          boolean stillWriting = writing.get();
          JsonObject page = syncPage(client, cursor, 5);
          page.getJsonArray("events").forEach(e -> seen.add(e.asJsonObject()));
          cursor = page.getString("next_cursor");
          if (!stillWriting && !page.getBoolean("has_more")) {
            return null;
          }
        }
      });
      List<Future<?>> writers = new ArrayList<>();
      for (int v = 0; v < visitors; v++) {
        writers.add(pool.submit(() -> {
          Visitor visitor = visit(desk);
          for (int m = 0; m < messagesEach; m++) {
            Api.Reply said = visitor.say("m-" + m, "message " + m);
            assertEquals(201, said.status(), said::toString);
            sentIds.add(said.json().getJsonObject("message").getString("id"));
          }
          return null;
        }));
      }
      for (Future<?> w : writers) {
        w.get();
      }
      writing.set(false);
      reader.get();
    } finally {
      pool.shutdownNow();
    }

    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i + 1, seen.get(i).getJsonNumber("seq").longValue(), "numbers without gaps or repeats");
    }
    assertEquals(countEvents(desk.company().id()), seen.size(), "every stored event, once");
    Map<String, Integer> lastSeqBySession = new HashMap<>();
    Set<String> messageIds = new HashSet<>();
    for (JsonObject e : seen) {
      if (!e.getString("type").equals("message")) {
        continue;
      }
      JsonObject data = e.getJsonObject("data");
      assertTrue(messageIds.add(data.getString("id")), "a message appears once");
      int seq = data.getInt("seq");
      Integer before = lastSeqBySession.put(data.getString("sessionId"), seq);
      assertTrue(before == null || before < seq, "a session's messages in their order");
    }
    assertTrue(messageIds.containsAll(sentIds), "every message the visitors sent is in the feed");
    assertEquals(visitors * messagesEach, sentIds.size());

    // Later calls return only what is new, and an empty page keeps the cursor.
    JsonObject tail = syncPage(client, SyncCursor.encode(seen.size()), 100);
    assertEquals(0, tail.getJsonArray("events").size());
    assertFalse(tail.getBoolean("has_more"));
    assertEquals(SyncCursor.encode(seen.size()), tail.getString("next_cursor"));
    assertEquals(400, client.get("/api/v1/sync?cursor=not-a-cursor").status());
    assertEquals(400, client.get("/api/v1/sync?limit=1001").status());
  }

  @Test
  void anEventWhoseTransactionCommitsLateIsNotSkipped() throws SQLException {
    Desk desk = desk("Late");
    Visitor visitor = visit(desk);
    Api client = client(desk, credential(desk, "Feed", "sync"));
    try (Connection late = TestDatabase.connectAsOwner()) {
      late.setAutoCommit(false);
      // This event takes its id now, but its transaction commits only after later events have been read.
      try (PreparedStatement insert = late.prepareStatement(
          "insert into events (tenant_id, type, payload, created_at) values (?, 'late_test', '{}', now())")) {
        insert.setObject(1, UUID.fromString(desk.company().id()));
        insert.executeUpdate();
      }
      assertEquals(201, visitor.say("v-1", "written after the late event took its id").status());
      List<JsonObject> before = syncAll(client, 100);
      assertTrue(before.stream().noneMatch(e -> e.getString("type").equals("late_test")));
      assertTrue(before.stream().anyMatch(e -> e.getString("type").equals("message")), before::toString);
      late.commit();

      JsonObject after = syncPage(client, SyncCursor.encode(before.size()), 100);
      JsonArray events = after.getJsonArray("events");
      assertEquals(1, events.size(), events::toString);
      assertEquals("late_test", events.getJsonObject(0).getString("type"));
      assertEquals(before.size() + 1, events.getJsonObject(0).getJsonNumber("seq").longValue());
    }
  }

  @Test
  void batchGetReturnsTheCustomersAndNamesTheInvalidIds() {
    Desk desk = desk("Batch");
    Visitor first = visit(desk);
    Visitor second = visit(desk);
    Api client = client(desk, credential(desk, "CRM", "customers"));
    String stranger = UUID.randomUUID().toString();
    Api.Reply reply = client.post("/api/v1/customers/batch-get", Json.createObjectBuilder()
        .add("customerIds", Json.createArrayBuilder()
            .add(first.customerId()).add(second.customerId()).add(stranger).add("not-an-id").add(first.customerId()))
        .build());
    assertEquals(200, reply.status(), reply::toString);
    JsonArray customers = reply.json().getJsonArray("customers");
    assertEquals(List.of(first.customerId(), second.customerId()),
        customers.stream().map(c -> c.asJsonObject().getString("id")).toList());
    assertEquals(Set.of(stranger, "not-an-id"), Set.copyOf(strings(reply.json().getJsonArray("invalidIds"))));

    var tooMany = Json.createArrayBuilder();
    for (int i = 0; i < 101; i++) {
      tooMany.add(UUID.randomUUID().toString());
    }
    Api.Reply over = client.post("/api/v1/customers/batch-get",
        Json.createObjectBuilder().add("customerIds", tooMany).build());
    assertEquals(400, over.status(), over::toString);
  }

  @Test
  void aSecondCompanysCredentialSeesNothingOfTheFirst() {
    Desk a = desk("First");
    Visitor visitor = visit(a);
    assertEquals(201, visitor.say("v-1", "hello").status());
    Credential aCredential = credential(a, "A's ERP", "accounts");
    Desk b = desk("Second");
    Api bClient = client(b, credential(b, "B's ERP", ALL_SCOPES));

    JsonArray accounts = bClient.get("/api/v1/accounts").array();
    assertEquals(List.of(b.accountId()), accounts.stream().map(x -> x.asJsonObject().getString("id")).toList());
    assertEquals(404, bClient.get("/api/v1/accounts/" + a.accountId()).status());
    assertEquals(404, bClient.get("/api/v1/sessions/" + visitor.sessionId()).status());
    assertEquals(0, bClient.get("/api/v1/sessions").array().size());
    assertEquals(404, sendText(bClient, visitor.customerId(), "x-1", "hi").status());
    Api.Reply batch = bClient.post("/api/v1/customers/batch-get", Json.createObjectBuilder()
        .add("customerIds", Json.createArrayBuilder().add(visitor.customerId())).build());
    assertEquals(0, batch.json().getJsonArray("customers").size());
    String feed = syncAll(bClient, 1000).toString();
    assertFalse(feed.contains(visitor.sessionId()), feed);
    assertFalse(feed.contains(a.accountId()), feed);
    assertEquals(404, b.admin().delete("/api/v1/credentials/" + aCredential.id()).status());
    assertEquals(1, a.admin().get("/api/v1/credentials").array().size(), "A's credential is untouched");
  }

  @Test
  void theDeveloperRoutesAreDocumented() {
    Api.Reply openapi = Api.at(base).get("/openapi");
    assertEquals(200, openapi.status());
    for (String route : List.of("/api/v1/credentials", "/api/v1/auth/token", "/api/v1/messages", "/api/v1/sync",
        "/api/v1/customers/batch-get")) {
      assertTrue(openapi.text().contains(route), route + " is in the OpenAPI document");
    }
  }

  private static long countEvents(String tenantId) throws SQLException {
    try (Connection c = TestDatabase.connectAsOwner();
        PreparedStatement s = c.prepareStatement("select count(*) from events where tenant_id = ?")) {
      s.setObject(1, UUID.fromString(tenantId));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((JsonString) v).getString()).toList();
  }
}
