package dev.frontdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.LiveClient;
import dev.frontdesk.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the agent workspace and the widget build on: read receipts (HTTP and sockets), the queue's waiting time,
 * canned replies with their scopes, internal notes that never reach the visitor, and customer profiles.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceSupportIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void readReceiptsMoveForwardAndReachTheOtherSide() {
    Desk desk = Desks.open(Api.at(base), "Reads", 1, 5, "round_robin");
    Api agent = desk.agents().get(0);
    Visitor visitor = Desks.visit(desk);
    String id = visitor.sessionId();
    assertEquals(201, visitor.say("c-1", "Hello?").status()); // seq 2, after the welcome
    assertEquals(201, visitor.say("c-2", "Anyone there?").status()); // seq 3
    JsonObject session = agent.get("/api/v1/sessions/" + id).json();
    assertEquals("human", session.getString("state"));
    assertEquals(2, session.getInt("unreadForStaff"));
    assertEquals(0, session.getInt("staffReadSeq"));
    assertEquals(0, session.getInt("customerReadSeq"));
    assertTrue(session.isNull("queuedAt"), "not queued");

    try (LiveClient workspace = LiveClient.agent(agent, base.toString());
        LiveClient widget = LiveClient.visitor(visitor, base.toString(), 3)) {
      JsonObject read = staffRead(agent, id, 2);
      assertEquals(200, read.getInt("status"), read::toString);
      assertEquals(2, read.getJsonObject("body").getInt("staffReadSeq"));
      assertEquals(1, read.getJsonObject("body").getInt("unreadForStaff"), "the customer's message at seq 3");
      assertEquals(2, widget.await(read("staff", id), 10, "the staff read at the visitor").getJsonObject("data")
          .getInt("seq"));
      assertEquals(2, workspace.await(read("staff", id), 10, "the staff read in the workspace")
          .getJsonObject("data").getInt("seq"));

      JsonObject backwards = staffRead(agent, id, 1);
      assertEquals(200, backwards.getInt("status"));
      assertEquals(2, backwards.getJsonObject("body").getInt("staffReadSeq"), "marks never go back");
      assertEquals(1, backwards.getJsonObject("body").getInt("unreadForStaff"));
      for (int bad : new int[] {4, -1}) {
        Api.Reply refused = agent.post("/api/v1/sessions/" + id + "/read", seq(bad));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
      }
      assertEquals(400, agent.post("/api/v1/sessions/" + id + "/read", JsonValue.EMPTY_JSON_OBJECT).status());

      assertEquals(201, Desks.reply(agent, id, "a-1", "Yes, how can I help?").status()); // seq 4
      Api.Reply visitorRead = visitor.api().post("/api/v1/visitor/read", visitorSeq(id, 4));
      assertEquals(200, visitorRead.status(), visitorRead::toString);
      assertEquals(id, visitorRead.string("sessionId"));
      assertEquals(4, visitorRead.json().getInt("customerReadSeq"));
      assertEquals(4, workspace.await(read("customer", id), 10, "the customer's read in the workspace")
          .getJsonObject("data").getInt("seq"));
      assertEquals(4, visitor.api().post("/api/v1/visitor/read", visitorSeq(id, 2)).json().getInt("customerReadSeq"));
      assertEquals(400, visitor.api().post("/api/v1/visitor/read", visitorSeq(id, 5)).status());
      assertEquals(403, visitor.api().withHeader("Origin", "https://evil.example.net")
          .post("/api/v1/visitor/read", visitorSeq(id, 4)).status(), "origins are checked as on other routes");
      assertEquals(401, Api.at(base).post("/api/v1/visitor/read", visitorSeq(id, 4)).status());

      // Over the sockets: the visitor reads the next reply, the agent reads the visitor's next messages.
      assertEquals(201, Desks.reply(agent, id, "a-2", "Still there?").status()); // seq 5
      widget.send(frame(id, 5));
      assertEquals(5, workspace.await(read("customer", id), 10, "a socket read by the visitor")
          .getJsonObject("data").getInt("seq"));
      assertEquals(201, visitor.say("c-3", "Yes, my order is late").status()); // seq 6
      assertEquals(2, agent.get("/api/v1/sessions/" + id).json().getInt("unreadForStaff"), "seq 3 and 6");
      workspace.send(frame(id, 6));
      assertEquals(6, widget.await(read("staff", id), 10, "a socket read by the agent").getJsonObject("data")
          .getInt("seq"));
      JsonObject afterSocketRead = agent.get("/api/v1/sessions/" + id).json();
      assertEquals(6, afterSocketRead.getInt("staffReadSeq"));
      assertEquals(0, afterSocketRead.getInt("unreadForStaff"));
      assertEquals(5, afterSocketRead.getInt("customerReadSeq"));
      workspace.send(frame(id, 60));
      assertEquals("refused", workspace.await("error", 10).getJsonObject("data").getString("code"));
      widget.send(Json.createObjectBuilder().add("type", "read").add("sessionId", id).add("seq", "x").build());
      assertEquals("bad_frame", widget.await("error", 10).getJsonObject("data").getString("code"));

      // A recalled customer message no longer counts as unread.
      Api.Reply said = visitor.say("c-4", "Oops, wrong chat"); // seq 7
      assertEquals(1, agent.get("/api/v1/sessions/" + id).json().getInt("unreadForStaff"));
      String messageId = said.json().getJsonObject("message").getString("id");
      assertEquals(200, visitor.api().post("/api/v1/visitor/messages/" + messageId + "/recall", null).status());
      assertEquals(0, agent.get("/api/v1/sessions/" + id).json().getInt("unreadForStaff"));

      List<JsonObject> rest = widget.drain(1000);
      assertTrue(rest.stream().noneMatch(read("customer", id)), () -> "the visitor hears not its own reads: " + rest);
    }
    assertEquals(0, signalsRecorded(id), "reads are live signals: neither sync nor webhooks carry them");
  }

  @Test
  void aQueuedSessionShowsSinceWhenItWaits() {
    Desk desk = Desks.open(Api.at(base), "Waiting", 1, 5, "manual");
    Visitor visitor = Desks.visit(desk);
    assertEquals(201, visitor.say("c-1", "hello").status());
    Api agent = desk.agents().get(0);
    JsonArray queue = agent.get("/api/v1/sessions?state=queued").array();
    assertEquals(1, queue.size());
    assertEquals("queued", queue.getJsonObject(0).getString("state"));
    assertNotNull(queue.getJsonObject(0).getString("queuedAt"));
    assertEquals(queue.getJsonObject(0).getString("queuedAt"), visitor.session().getString("queuedAt"));
    JsonObject claimed =
        agent.post("/api/v1/sessions/" + visitor.sessionId() + "/claim", JsonValue.EMPTY_JSON_OBJECT).json();
    assertEquals("human", claimed.getString("state"));
    assertTrue(claimed.isNull("queuedAt"), "only while it waits");
  }

  @Test
  void cannedRepliesKeepToTheirScopes() {
    Desk desk = Desks.open(Api.at(base), "Replies", 2, 5, "round_robin");
    Api agent = desk.agents().get(0);
    Api colleague = desk.agents().get(1);
    Desks.member(desk.admin(), desk.company(), "sup", "supervisor");
    Api supervisor = desk.api().as(Companies.signIn(desk.api(), desk.company().slug(),
        "sup@" + desk.company().slug() + ".test", Desks.PASSWORD));

    Api.Reply denied = agent.post("/api/v1/canned-replies", reply("tenant", "return", "Returns", "Within 30 days."));
    assertEquals(403, denied.status(), denied::toString);
    assertTrue(denied.isProblem());
    Api.Reply company = supervisor.post("/api/v1/canned-replies",
        reply("tenant", "return", "Returns", "You can return anything within 30 days."));
    assertEquals(201, company.status(), company::toString);
    assertEquals("tenant", company.string("scope"));
    assertTrue(company.json().isNull("ownerId"));
    assertNotNull(company.string("updatedAt"));
    Api.Reply clash = desk.admin().post("/api/v1/canned-replies", reply("tenant", "return", "Again", "Twice"));
    assertEquals(409, clash.status(), clash::toString);
    assertTrue(clash.isProblem());
    assertEquals(201, desk.admin().post("/api/v1/canned-replies",
        reply("tenant", "hours", "Opening hours", "We answer Monday to Friday.")).status());

    Api.Reply mine = agent.post("/api/v1/canned-replies", reply("personal", "return", "My returns", "Send it back."));
    assertEquals(201, mine.status(), "a personal shortcut may repeat a company one");
    assertEquals("personal", mine.string("scope"));
    assertEquals(desk.agentIds().get(0), mine.string("ownerId"));
    assertEquals(409, agent.post("/api/v1/canned-replies", reply("personal", "return", "x", "y")).status());
    Api.Reply theirs = colleague.post("/api/v1/canned-replies", reply("personal", "return", "Theirs", "Secret"));
    assertEquals(201, theirs.status(), "unique per owner");
    Api.Reply untitled = agent.post("/api/v1/canned-replies", Json.createObjectBuilder().add("scope", "personal")
        .add("shortcut", "thanks").add("text", "Thanks for waiting!").build());
    assertEquals(201, untitled.status(), untitled::toString);
    assertEquals("", untitled.string("title"));

    JsonArray all = agent.get("/api/v1/canned-replies").array();
    assertEquals(List.of("tenant:hours", "tenant:return", "personal:return", "personal:thanks"), keys(all));
    assertFalse(agent.get("/api/v1/canned-replies").text().contains("Secret"), "another's personal replies");
    assertEquals(List.of("tenant:return", "personal:return"), keys(agent.get("/api/v1/canned-replies?q=RET").array()));
    assertEquals(List.of("tenant:hours"), keys(agent.get("/api/v1/canned-replies?q=monday").array()));
    assertEquals(List.of("tenant:hours", "tenant:return", "personal:return"),
        keys(colleague.get("/api/v1/canned-replies").array()));

    String mineId = mine.string("id");
    String companyId = company.string("id");
    JsonObject newText = Json.createObjectBuilder().add("text", "Send it back within 30 days.").build();
    assertEquals(404, colleague.patch("/api/v1/canned-replies/" + mineId, newText).status());
    assertEquals(404, supervisor.delete("/api/v1/canned-replies/" + mineId).status(), "personal means personal");
    assertEquals(403, agent.patch("/api/v1/canned-replies/" + companyId, newText).status());
    Api.Reply changed = agent.patch("/api/v1/canned-replies/" + mineId, newText);
    assertEquals(200, changed.status(), changed::toString);
    assertEquals("Send it back within 30 days.", changed.string("text"));
    assertEquals("My returns", changed.string("title"));
    assertEquals(409, agent.patch("/api/v1/canned-replies/" + mineId,
        Json.createObjectBuilder().add("shortcut", "thanks").build()).status());
    Api.Reply renamed = supervisor.patch("/api/v1/canned-replies/" + companyId,
        Json.createObjectBuilder().add("title", "Returns policy").build());
    assertEquals("Returns policy", renamed.string("title"));

    for (JsonObject bad : List.of(
        reply("personal", "Bad_One", "t", "x"), reply("personal", "-dash", "t", "x"),
        reply("personal", "a".repeat(33), "t", "x"), reply("team", "ok", "t", "x"),
        reply("personal", "ok", "t".repeat(81), "x"), reply("personal", "ok", "t", " "),
        reply("personal", "ok", "t", "x".repeat(2001)))) {
      Api.Reply refused = agent.post("/api/v1/canned-replies", bad);
      assertEquals(400, refused.status(), () -> bad + " → " + refused);
      assertTrue(refused.isProblem());
    }
    assertEquals(400, agent.patch("/api/v1/canned-replies/" + mineId,
        Json.createObjectBuilder().add("shortcut", "NO").build()).status());

    assertEquals(403, agent.delete("/api/v1/canned-replies/" + companyId).status());
    assertEquals(204, agent.delete("/api/v1/canned-replies/" + mineId).status());
    assertEquals(404, agent.delete("/api/v1/canned-replies/" + mineId).status());
    assertEquals(204, desk.admin().delete("/api/v1/canned-replies/" + companyId).status());
    assertEquals(List.of("tenant:hours", "personal:thanks"), keys(agent.get("/api/v1/canned-replies").array()));
  }

  @Test
  void notesAreForStaffOnly() {
    Desk desk = Desks.open(Api.at(base), "Notes", 2, 5, "round_robin");
    String outsiderEmail = "outsider@" + desk.company().slug() + ".test";
    Desks.member(desk.admin(), desk.company(), "outsider", "agent"); // serves no account
    Api outsider = desk.api().as(Companies.signIn(desk.api(), desk.company().slug(), outsiderEmail, Desks.PASSWORD));
    Visitor visitor = Desks.visit(desk);
    String id = visitor.sessionId();
    assertEquals(201, visitor.say("c-1", "My parcel is damaged").status());
    String servicer = visitor.session().getString("servicerId");
    int mine = desk.agentIds().indexOf(servicer);
    Api agent = desk.agents().get(mine);
    Api colleague = desk.agents().get(1 - mine);

    try (LiveClient colleagueLive = LiveClient.agent(colleague, base.toString());
        LiveClient widget = LiveClient.visitor(visitor, base.toString(), 2)) {
      Api.Reply note = agent.post("/api/v1/sessions/" + id + "/notes", text("VIP customer, offer a refund"));
      assertEquals(201, note.status(), note::toString);
      JsonObject view = note.json();
      assertEquals(id, view.getString("sessionId"));
      assertEquals(servicer, view.getJsonObject("author").getString("id"));
      assertEquals("agent" + mine, view.getJsonObject("author").getString("name"));
      assertNotNull(view.getString("createdAt"));
      JsonObject live = colleagueLive.await(f -> "note".equals(f.getString("type")), 10, "the note in the workspace");
      assertEquals(id, live.getString("sessionId"));
      assertEquals(view, live.getJsonObject("data"), "the frame carries the note as the API shows it");

      // A long note in a multi-byte script is too big for one notification: it arrives shortened, the list has it.
      String longText = "客服备注".repeat(1000);
      Api.Reply big = desk.admin().post("/api/v1/sessions/" + id + "/notes", text(longText));
      assertEquals(201, big.status(), big::toString);
      assertEquals(longText, big.string("text"));
      JsonObject bigLive = colleagueLive.await(
          f -> "note".equals(f.getString("type")) && f.getJsonObject("data").getString("id").equals(big.string("id")),
          10, "the long note in the workspace");
      String liveText = bigLive.getJsonObject("data").getString("text");
      assertTrue(liveText.endsWith("…") || liveText.equals(longText), liveText.length() + " chars");
      assertTrue(longText.startsWith(liveText.substring(0, Math.min(liveText.length(), 100))));

      assertEquals(201, Desks.reply(agent, id, "a-1", "Sorry to hear that!").status()); // seq 3
      List<JsonObject> frames = widget.drain(1500);
      assertTrue(frames.stream().anyMatch(LiveClient.message(id, 3)), () -> "the reply reached the visitor: " + frames);
      assertTrue(frames.stream().noneMatch(f -> "note".equals(f.getString("type"))), () -> frames.toString());
      assertFalse(frames.toString().contains("VIP customer"), frames::toString);
    }
    String transcript = visitor.api().get("/api/v1/visitor/messages?sessionId=" + id).text();
    assertFalse(transcript.contains("VIP customer"), transcript);

    JsonArray notes = colleague.get("/api/v1/sessions/" + id + "/notes").array();
    assertEquals(2, notes.size());
    assertEquals("VIP customer, offer a refund", notes.getJsonObject(0).getString("text"), "oldest first");
    assertEquals(desk.company().adminId(), notes.getJsonObject(1).getJsonObject("author").getString("id"));
    assertEquals(404, outsider.get("/api/v1/sessions/" + id + "/notes").status());
    assertEquals(404, outsider.post("/api/v1/sessions/" + id + "/notes", text("sneaky")).status());
    assertEquals(404, agent.get("/api/v1/sessions/" + UUID.randomUUID() + "/notes").status());
    assertEquals(400, agent.post("/api/v1/sessions/" + id + "/notes", text("  ")).status());
    Api.Reply tooLong = agent.post("/api/v1/sessions/" + id + "/notes", text("x".repeat(4001)));
    assertEquals(400, tooLong.status());
    assertTrue(tooLong.isProblem());
    assertEquals(201, agent.post("/api/v1/sessions/" + id + "/notes", text("x".repeat(4000))).status());
    assertEquals(0, signalsRecorded(id), "notes are live signals: neither sync nor webhooks carry them");
  }

  @Test
  void aCustomerProfileShowsTheSessionsTheCallerMaySee() {
    Desk desk = Desks.open(Api.at(base), "Profile", 1, 5, "round_robin");
    Api agent = desk.agents().get(0);
    String slug = desk.company().slug();
    String outsiderId = Desks.member(desk.admin(), desk.company(), "outsider", "agent");
    Api outsider = desk.api().as(Companies.signIn(desk.api(), slug, "outsider@" + slug + ".test", Desks.PASSWORD));
    String secret = desk.admin().get("/api/v1/widget-secret").string("secret");
    JsonObject identity = Json.createObjectBuilder().add("userId", "user-9").add("name", "Mei")
        .add("hmac", CustomerServiceIT.hmac(secret, "user-9")).build();

    // Two sessions with the desk's account: one closed, then a new one.
    Visitor first = open(desk, desk.entryKey(), identity);
    assertEquals(201, first.say("c-1", "Where is my order?").status());
    assertEquals(200, agent.post("/api/v1/sessions/" + first.sessionId() + "/close", JsonValue.EMPTY_JSON_OBJECT)
        .status());
    Api.Reply again = first.say("c-2", "Me again");
    String second = again.json().getJsonObject("session").getString("id");
    // A third with another account, which only the outsider serves.
    String otherAccount = desk.admin().post("/api/v1/accounts",
        Json.createObjectBuilder().add("name", "Billing").build()).string("id");
    assertEquals(201, desk.admin().post("/api/v1/accounts/" + otherAccount + "/servicers",
        Json.createObjectBuilder().add("userIds", Json.createArrayBuilder().add(outsiderId)).build()).status());
    String otherKey = desk.admin().post("/api/v1/accounts/" + otherAccount + "/entry-points",
        Json.createObjectBuilder().add("scene", "invoice").add("name", "Invoice page")
            .add("allowedOrigins", Json.createArrayBuilder().add(Desks.ORIGIN)).build()).string("key");
    Visitor billing = open(desk, otherKey, identity);
    assertEquals(first.customerId(), billing.customerId(), "the same identified customer");
    assertEquals(201, billing.say("b-1", "Invoice please").status());

    String path = "/api/v1/customers/" + first.customerId();
    JsonObject all = desk.admin().get(path).json();
    assertEquals(first.customerId(), all.getString("id"));
    assertEquals("user-9", all.getString("externalId"));
    assertEquals("Mei", all.getString("name"));
    assertTrue(all.getBoolean("identified"));
    assertNotNull(all.getString("createdAt"));
    assertNotNull(all.getString("lastSeenAt"));
    JsonArray sessions = all.getJsonArray("sessions");
    assertEquals(List.of(billing.sessionId(), second, first.sessionId()), ids(sessions), "newest first");
    JsonObject newest = sessions.getJsonObject(0);
    assertEquals("Billing", newest.getString("accountName"));
    assertEquals("Invoice page", newest.getString("entryPointName"));
    JsonObject oldest = sessions.getJsonObject(2);
    assertEquals("Profile Support", oldest.getString("accountName"));
    assertEquals("Web site", oldest.getString("entryPointName"));
    assertEquals("closed", oldest.getString("state"));
    assertEquals(first.customerId(), oldest.getString("customerId"));
    assertEquals(2, oldest.getInt("lastSeq"));
    assertEquals(1, oldest.getInt("unreadForStaff"));

    assertEquals(List.of(second, first.sessionId()), ids(agent.get(path).json().getJsonArray("sessions")),
        "an agent sees the sessions of the accounts they serve");
    assertEquals(List.of(billing.sessionId()), ids(outsider.get(path).json().getJsonArray("sessions")));
    // The history across sessions is each session's messages.
    JsonArray history = agent.get("/api/v1/sessions/" + first.sessionId() + "/messages").array();
    assertEquals("Where is my order?", history.getJsonObject(1).getJsonObject("content").getString("text"));

    Visitor stranger = Desks.visit(desk);
    assertEquals(201, stranger.say("s-1", "hi").status());
    Api.Reply hidden = outsider.get("/api/v1/customers/" + stranger.customerId());
    assertEquals(404, hidden.status(), "no session of theirs the outsider may see");
    assertTrue(hidden.isProblem());
    JsonObject anonymous = agent.get("/api/v1/customers/" + stranger.customerId()).json();
    assertFalse(anonymous.getBoolean("identified"));
    assertTrue(anonymous.isNull("externalId"));
    assertEquals(404, desk.admin().get("/api/v1/customers/" + UUID.randomUUID()).status());

    // The developer API's batch look-up still answers on /customers.
    Api.Reply batch = desk.admin().post("/api/v1/customers/batch-get", Json.createObjectBuilder()
        .add("customerIds", Json.createArrayBuilder().add(first.customerId()).add("nope")).build());
    assertEquals(200, batch.status(), batch::toString);
    assertEquals(first.customerId(), batch.json().getJsonArray("customers").getJsonObject(0).getString("id"));
    assertEquals(403, agent.post("/api/v1/customers/batch-get", Json.createObjectBuilder()
        .add("customerIds", Json.createArrayBuilder().add(first.customerId())).build()).status());
  }

  @Test
  void theNewRoutesAreDocumented() {
    // Raw, for its longer timeout: the first request builds the document, slow on a busy machine.
    Desks.Raw reply = Desks.raw("GET", Api.at(base).base() + "/openapi", null);
    assertEquals(200, reply.status());
    String openapi = new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8);
    for (String route : List.of("/api/v1/sessions/{id}/read", "/api/v1/visitor/read", "/api/v1/canned-replies",
        "/api/v1/canned-replies/{id}", "/api/v1/sessions/{id}/notes", "/api/v1/customers/{id}")) {
      assertTrue(openapi.contains(route + ":"), () -> route + " is missing from /openapi");
    }
  }

  /** Read and note events of the session in the event log (the rows sync pages through and webhooks send). */
  private static long signalsRecorded(String sessionId) {
    try (Connection c = TestDatabase.connectAsOwner();
        PreparedStatement s = c.prepareStatement(
            "select count(*) from events where session_id = ? and type in ('read', 'note')")) {
      s.setObject(1, UUID.fromString(sessionId));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Visitor open(Desk desk, String entryKey, JsonObject identity) {
    Api.Reply opened = desk.api().post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", entryKey).add("identity", identity).build());
    assertEquals(200, opened.status(), opened::toString);
    String token = opened.string("visitorToken");
    return new Visitor(desk.api().withHeader("X-Visitor-Token", token), token, opened.string("customerId"),
        opened.json().getJsonObject("session").getString("id"), opened.json());
  }

  /** POSTs a staff read and returns {status, body}. */
  private static JsonObject staffRead(Api agent, String sessionId, int seq) {
    Api.Reply reply = agent.post("/api/v1/sessions/" + sessionId + "/read", seq(seq));
    return Json.createObjectBuilder().add("status", reply.status()).add("body", reply.json()).build();
  }

  private static Predicate<JsonObject> read(String reader, String sessionId) {
    return f -> "read".equals(f.getString("type")) && sessionId.equals(f.getString("sessionId", null))
        && reader.equals(f.getJsonObject("data").getString("reader"))
        && sessionId.equals(f.getJsonObject("data").getString("sessionId"));
  }

  private static JsonObject seq(int seq) {
    return Json.createObjectBuilder().add("seq", seq).build();
  }

  private static JsonObject visitorSeq(String sessionId, int seq) {
    return Json.createObjectBuilder().add("sessionId", sessionId).add("seq", seq).build();
  }

  private static JsonObject frame(String sessionId, int seq) {
    return Json.createObjectBuilder().add("type", "read").add("sessionId", sessionId).add("seq", seq).build();
  }

  private static JsonObject text(String text) {
    return Json.createObjectBuilder().add("text", text).build();
  }

  private static JsonObject reply(String scope, String shortcut, String title, String text) {
    return Json.createObjectBuilder().add("scope", scope).add("shortcut", shortcut).add("title", title)
        .add("text", text).build();
  }

  private static List<String> keys(JsonArray replies) {
    return replies.stream().map(JsonValue::asJsonObject)
        .map(r -> r.getString("scope") + ":" + r.getString("shortcut")).toList();
  }

  private static List<String> ids(JsonArray sessions) {
    return sessions.stream().map(JsonValue::asJsonObject).map(s -> s.getString("id")).toList();
  }
}
