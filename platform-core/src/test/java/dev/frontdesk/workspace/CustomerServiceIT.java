package dev.frontdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer service through the API, as a company and its visitors use it: accounts, servicers, entry points,
 * visitors opening sessions and writing, reception (round robin, cap, queue, prefer-last, pause), transfers.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerServiceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  private Desk desk(String label, int agentCount, int cap, String mode) {
    return Desks.open(Api.at(base), label, agentCount, cap, mode);
  }

  private Visitor visit(Desk desk, String sceneParam) {
    return Desks.visit(desk, sceneParam);
  }

  @Test
  void aVisitorAndAnAgentTalkThroughTheApi() {
    Desk desk = desk("Talk", 2, 5, "round_robin");
    Visitor visitor = visit(desk, "order-42");
    JsonObject session = visitor.session();
    assertEquals("new", session.getString("state"));
    assertEquals("website", session.getString("scene"));
    assertEquals("order-42", session.getString("sceneParam"));
    JsonArray welcome = visitor.api().get("/api/v1/visitor/messages?sessionId=" + visitor.sessionId()).json()
        .getJsonArray("messages");
    assertEquals("Hi! How can we help?", welcome.getJsonObject(0).getJsonObject("content").getString("text"));

    Api.Reply sent = visitor.say("c-1", "Where is my parcel?");
    assertEquals(201, sent.status(), sent::toString);
    assertEquals(2, sent.json().getJsonObject("message").getInt("seq"));
    Api.Reply again = visitor.say("c-1", "Where is my parcel?");
    assertEquals(200, again.status(), "the same clientMsgId is stored once");
    assertEquals(sent.json().getJsonObject("message").getString("id"),
        again.json().getJsonObject("message").getString("id"));

    JsonObject routed = visitor.session();
    assertEquals("human", routed.getString("state"));
    int agentIndex = desk.agentIds().indexOf(routed.getString("servicerId"));
    assertTrue(agentIndex >= 0, "assigned to one of the account's servicers");
    Api agent = desk.agents().get(agentIndex);
    JsonArray mine = agent.get("/api/v1/sessions?mine=true").array();
    assertEquals(1, mine.size());
    JsonArray transcript = agent.get("/api/v1/sessions/" + visitor.sessionId() + "/messages?afterSeq=1").array();
    assertEquals(1, transcript.size(), "the duplicate was not stored");
    Api.Reply reply = agent.post("/api/v1/sessions/" + visitor.sessionId() + "/messages",
        Json.createObjectBuilder().add("clientMsgId", "a-1").add("type", "text")
            .add("content", Json.createObjectBuilder().add("text", "It ships today.")).build());
    assertEquals(201, reply.status(), reply::toString);
    JsonArray seen = visitor.api().get("/api/v1/visitor/messages?sessionId=" + visitor.sessionId() + "&afterSeq=2")
        .json().getJsonArray("messages");
    assertEquals("It ships today.", seen.getJsonObject(0).getJsonObject("content").getString("text"));
    assertEquals("servicer", seen.getJsonObject(0).getJsonObject("sender").getString("type"));

    Api other = desk.agents().get(1 - agentIndex);
    Api.Reply intruder = other.post("/api/v1/sessions/" + visitor.sessionId() + "/messages",
        Json.createObjectBuilder().add("type", "text").add("content", Json.createObjectBuilder().add("text", "x")).build());
    assertEquals(403, intruder.status(), "only the assigned servicer writes");
    Api.Reply badType = visitor.api().post("/api/v1/visitor/messages",
        Json.createObjectBuilder().add("sessionId", visitor.sessionId()).add("type", "menu")
            .add("content", Json.createObjectBuilder()).build());
    assertEquals(400, badType.status());
    assertTrue(badType.isProblem());
    Api.Reply escaped = visitor.say("escaped", "\u0001".repeat(4000)); // allowed length, six times longer as JSON
    assertEquals(400, escaped.status(), escaped::toString);
    assertTrue(escaped.isProblem());
  }

  @Test
  void aSessionCannotMoveToAnAccountWhereTheCustomerIsAlreadyTalking() {
    Desk desk = desk("Twin", 1, 5, "round_robin");
    Api.Reply other = desk.admin().post("/api/v1/accounts", Json.createObjectBuilder().add("name", "Billing").build());
    Api.Reply otherEntry = desk.admin().post("/api/v1/accounts/" + other.string("id") + "/entry-points",
        Json.createObjectBuilder().add("scene", "website").add("name", "Billing page")
            .add("allowedOrigins", Json.createArrayBuilder().add(Desks.ORIGIN)).build());
    Visitor v = visit(desk, "twin");
    v.say("1", "hello support");
    Api.Reply alsoBilling = v.api().post("/api/v1/visitor/sessions", Json.createObjectBuilder()
        .add("entryKey", otherEntry.string("key")).add("visitorToken", v.token()).build());
    assertEquals(200, alsoBilling.status(), alsoBilling::toString);
    Api.Reply moved = desk.admin().post("/api/v1/sessions/" + v.sessionId() + "/transfer",
        Json.createObjectBuilder().add("accountId", other.string("id")).build());
    assertEquals(409, moved.status(), moved::toString);
    assertTrue(moved.isProblem());
    assertEquals(desk.accountId(), v.session().getString("accountId"), "nothing moved");
  }

  @Test
  void theQueueDrainsInOrderAsCapacityFrees() {
    Desk desk = desk("Queue", 2, 1, "round_robin");
    List<Visitor> visitors = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Visitor v = visit(desk, "v" + i);
      assertEquals(201, v.say("first", "hello " + i).status());
      visitors.add(v);
    }
    assertEquals("human", visitors.get(0).session().getString("state"));
    assertEquals("human", visitors.get(1).session().getString("state"));
    for (int i = 2; i < 5; i++) {
      JsonObject s = visitors.get(i).session();
      assertEquals("queued", s.getString("state"));
      assertEquals(i - 1, s.getInt("queuePosition"));
    }
    String servicer = visitors.get(0).session().getString("servicerId");
    Api agent = desk.agents().get(desk.agentIds().indexOf(servicer));
    assertEquals(200, agent.post("/api/v1/sessions/" + visitors.get(0).sessionId() + "/close", JsonValue.EMPTY_JSON_OBJECT).status());
    JsonObject next = visitors.get(2).session();
    assertEquals("human", next.getString("state"), "the oldest queued session takes the freed place");
    assertEquals(servicer, next.getString("servicerId"));
    assertEquals(1, visitors.get(3).session().getInt("queuePosition"));
    assertEquals(2, visitors.get(4).session().getInt("queuePosition"));

    // Raising the cap pulls the rest.
    desk.admin().send("PUT", "/api/v1/accounts/" + desk.accountId() + "/policy",
        Json.createObjectBuilder().add("mode", "round_robin").add("servicerCap", 3).add("preferLastServicer", true)
            .add("preferLastDays", 7).add("inactivityCloseMinutes", 30).build());
    assertEquals("human", visitors.get(3).session().getString("state"));
    assertEquals("human", visitors.get(4).session().getString("state"));
  }

  @Test
  void newcomersWaitBehindTheQueueWhenCapacityArrivesWithoutNotice() {
    Desk desk = desk("Fair", 0, 1, "round_robin");
    Api.Reply department = desk.admin().post("/api/v1/departments", Json.createObjectBuilder().add("name", "Night").build());
    String departmentId = department.string("id");
    assertEquals(201, desk.admin().post("/api/v1/accounts/" + desk.accountId() + "/servicers",
        Json.createObjectBuilder().add("departmentIds", Json.createArrayBuilder().add(departmentId)).build()).status());
    Visitor early = visit(desk, "early");
    early.say("1", "anyone there?");
    assertEquals("queued", early.session().getString("state"), "nobody serves the account yet");

    // Joining the department frees capacity without a routing event; the next visitor must not jump the queue.
    Api.Reply joined = desk.admin().post("/api/v1/members", Json.createObjectBuilder().add("name", "Nadia")
        .add("email", "nadia@" + desk.company().slug() + ".test").add("password", Desks.PASSWORD)
        .add("roles", Json.createArrayBuilder().add("agent"))
        .add("departmentIds", Json.createArrayBuilder().add(departmentId)).build());
    assertEquals(201, joined.status(), joined::toString);
    Visitor late = visit(desk, "late");
    late.say("1", "hello");
    JsonObject first = early.session();
    assertEquals("human", first.getString("state"), "the session that waited longest is served first");
    assertEquals(joined.string("id"), first.getString("servicerId"));
    assertEquals("queued", late.session().getString("state"));
    assertEquals(1, late.session().getInt("queuePosition"));

    // A servicer added by name takes the queue at once.
    String second = Desks.member(desk.admin(), desk.company(), "second", "agent");
    assertEquals(201, desk.admin().post("/api/v1/accounts/" + desk.accountId() + "/servicers",
        Json.createObjectBuilder().add("userIds", Json.createArrayBuilder().add(second)).build()).status());
    assertEquals(second, late.session().getString("servicerId"));
  }

  @Test
  void aReturningCustomerGetsTheirLastServicerUnlessThatServicerIsFull() {
    Desk desk = desk("Return", 2, 1, "round_robin");
    Visitor first = visit(desk, "p");
    first.say("m1", "hi");
    String servicer = first.session().getString("servicerId");
    Api agent = desk.agents().get(desk.agentIds().indexOf(servicer));
    agent.post("/api/v1/sessions/" + first.sessionId() + "/close", JsonValue.EMPTY_JSON_OBJECT);

    Api.Reply back = first.say("m2", "me again");
    assertEquals(201, back.status(), back::toString);
    JsonObject reopened = back.json().getJsonObject("session");
    assertNotEquals(first.sessionId(), reopened.getString("id"), "a closed session reopens as a new one");
    assertEquals(first.sessionId(), reopened.getString("previousSessionId"));
    assertEquals(servicer, reopened.getString("servicerId"), "the last servicer is preferred");

    // Next time that servicer is full (cap 1): the returning customer falls back to the other one.
    agent.post("/api/v1/sessions/" + reopened.getString("id") + "/close", JsonValue.EMPTY_JSON_OBJECT);
    Visitor stranger = visit(desk, "q");
    assertEquals(201, stranger.say("s1", "hello").status());
    if (!servicer.equals(stranger.session().getString("servicerId"))) {
      Api.Reply moved = desk.admin().post("/api/v1/sessions/" + stranger.sessionId() + "/transfer",
          Json.createObjectBuilder().add("memberId", servicer).build());
      assertEquals(servicer, moved.string("servicerId"), moved::toString);
    }
    // Written from an old tab into the first (closed) session: continues as a new session after the latest.
    Api.Reply third = first.say("m3", "one more question");
    assertEquals(201, third.status(), third::toString);
    JsonObject thirdSession = third.json().getJsonObject("session");
    assertEquals(reopened.getString("id"), thirdSession.getString("previousSessionId"));
    String other = desk.agentIds().get(1 - desk.agentIds().indexOf(servicer));
    assertEquals(other, thirdSession.getString("servicerId"), "the last servicer is full, so the free one answers");
    Api.Reply fourth = first.say("m4", "and another");
    assertEquals(thirdSession.getString("id"), fourth.json().getJsonObject("session").getString("id"),
        "a stale tab's messages join the customer's open session instead of opening a second one");
  }

  @Test
  void pausedServicersGetNothingAndResumingPullsTheQueue() {
    Desk desk = desk("Pause", 1, 5, "idle_first");
    Api agent = desk.agents().get(0);
    Api.Reply paused = agent.send("PUT", "/api/v1/servicers/me/status",
        Json.createObjectBuilder().add("status", "paused").add("pauseKind", "suspended").build());
    assertEquals("paused", paused.string("status"));
    assertEquals("suspended", paused.string("pauseKind"));
    Visitor v = visit(desk, "x");
    v.say("1", "anyone?");
    assertEquals("queued", v.session().getString("state"));
    agent.send("PUT", "/api/v1/servicers/me/status", Json.createObjectBuilder().add("status", "receiving").build());
    assertEquals("human", v.session().getString("state"));
    JsonObject board = desk.admin().get("/api/v1/accounts/" + desk.accountId() + "/servicers").json();
    assertEquals(1, board.getJsonArray("servicers").getJsonObject(0).getInt("activeSessions"));
  }

  @Test
  void manualPoolTransfersAndOrigins() {
    Desk desk = desk("Manual", 2, 5, "manual");
    Visitor v = visit(desk, "m");
    v.say("1", "hello");
    assertEquals("queued", v.session().getString("state"), "manual mode waits in the pool");
    Api first = desk.agents().get(0);
    JsonObject claimed = first.post("/api/v1/sessions/" + v.sessionId() + "/claim", JsonValue.EMPTY_JSON_OBJECT).json();
    assertEquals(desk.agentIds().get(0), claimed.getString("servicerId"));
    assertEquals(409, desk.agents().get(1).post("/api/v1/sessions/" + v.sessionId() + "/claim", JsonValue.EMPTY_JSON_OBJECT).status());
    JsonObject moved = first.post("/api/v1/sessions/" + v.sessionId() + "/transfer",
        Json.createObjectBuilder().add("memberId", desk.agentIds().get(1)).build()).json();
    assertEquals(desk.agentIds().get(1), moved.getString("servicerId"));
    JsonObject queued = desk.agents().get(1).post("/api/v1/sessions/" + v.sessionId() + "/transfer",
        Json.createObjectBuilder().add("queue", true).build()).json();
    assertEquals("queued", queued.getString("state"));

    Api.Reply refused = desk.api().withHeader("Origin", "https://evil.example.net").post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).build());
    assertEquals(403, refused.status());
    assertTrue(refused.isProblem());
    Api.Reply allowed = desk.api().withHeader("Origin", "https://shop.example.com").post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).build());
    assertEquals(200, allowed.status());
  }

  @Test
  void hundredsOfConcurrentSessionsNeverBreakTheCapOrTheQueue() throws Exception {
    int servicers = 3;
    int cap = 4;
    int visitors = 120;
    Desk desk = desk("Rush", servicers, cap, "idle_first");
    ExecutorService pool = Executors.newFixedThreadPool(24);
    List<Future<Visitor>> futures = new ArrayList<>();
    for (int i = 0; i < visitors; i++) {
      int n = i;
      futures.add(pool.submit(() -> {
        Visitor v = visit(desk, "rush-" + n);
        Api.Reply r = v.say("c", "hi " + n);
        assertEquals(201, r.status(), r::toString);
        return v;
      }));
    }
    List<Visitor> all = new ArrayList<>();
    for (Future<Visitor> f : futures) {
      all.add(f.get());
    }
    pool.shutdown();
    Map<String, Integer> load = new HashMap<>();
    Set<Integer> positions = new HashSet<>();
    int queued = 0;
    for (Visitor v : all) {
      JsonObject s = v.session();
      if (s.getString("state").equals("human")) {
        load.merge(s.getString("servicerId"), 1, Integer::sum);
      } else {
        assertEquals("queued", s.getString("state"));
        positions.add(s.getInt("queuePosition"));
        queued++;
      }
    }
    assertEquals(servicers, load.size());
    load.values().forEach(n -> assertEquals(cap, n, "every servicer exactly at the cap"));
    assertEquals(visitors - servicers * cap, queued);
    assertEquals(queued, positions.size(), "each queued session has its own place");
    assertEquals(queued, positions.stream().mapToInt(Integer::intValue).max().orElse(0));
  }

  @Test
  void identifiedVisitorsAreTheSameCustomerOnEveryDevice() {
    Desk desk = desk("Ident", 1, 5, "round_robin");
    String secret = desk.admin().get("/api/v1/widget-secret").string("secret");
    String hmac = hmac(secret, "user-77");
    JsonObject identity = Json.createObjectBuilder().add("userId", "user-77").add("name", "Mei").add("hmac", hmac).build();
    Api.Reply phone = desk.api().post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).add("identity", identity).build());
    Api.Reply laptop = desk.api().post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).add("identity", identity).build());
    assertEquals(phone.string("customerId"), laptop.string("customerId"));
    assertEquals(phone.json().getJsonObject("session").getString("id"), laptop.json().getJsonObject("session").getString("id"));
    Api.Reply forged = desk.api().post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).add("identity",
            Json.createObjectBuilder().add("userId", "user-78").add("hmac", hmac)).build());
    assertEquals(401, forged.status());
    assertEquals(404, desk.api().post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", "nope" + UUID.randomUUID().toString().substring(0, 8)).build()).status());
  }

  static String hmac(String secret, String data) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject obj(String... kv) {
    var b = Json.createObjectBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      b.add(kv[i], kv[i + 1]);
    }
    return b.build();
  }
}
