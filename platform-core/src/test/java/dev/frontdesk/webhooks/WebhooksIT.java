package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.SecondInstance;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks as a company's server sees them: a receiver in this JVM on 127.0.0.1 (the IT server allows plain http
 * to loopback and retries after about 1 s, 3 s, ...) gets events signed, retried after failures, with a delivery
 * id that is the same on every attempt; the delivery log shows each attempt; admins redeliver and rotate secrets;
 * another company sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  private Receiver receiver;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = new Receiver();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop();
  }

  @Test
  void aReceiverThatFailsTwiceThenSucceedsGetsEveryEventExactlyOncePerVerifiedDeliveryId() {
    Desk desk = desk("Hooks");
    JsonObject flaky = register(desk.admin(), receiver.url("/flaky"), "*");
    JsonObject onlyMessages = register(desk.admin(), receiver.url("/steady"), "message");
    String secret = flaky.getString("secret");
    assertTrue(secret.startsWith("whsec_"), flaky::toString);
    assertEquals(List.of("*"), strings(flaky.getJsonArray("events")));

    Visitor visitor = visit(desk);
    assertEquals(201, visitor.say("c-1", "Where is my parcel?").status());
    assertEquals(201, visitor.say("c-2", "It was due on Monday.").status());

    // Every delivery ends delivered, after two refusals and one acceptance.
    JsonArray log = awaitSettled(desk.admin(), flaky.getString("id"), 4);
    Set<String> deliveryIds = new TreeSet<>();
    Map<String, String> typeOf = new ConcurrentHashMap<>();
    for (JsonValue value : log) {
      JsonObject delivery = value.asJsonObject();
      String id = delivery.getString("id");
      deliveryIds.add(id);
      typeOf.put(id, delivery.getString("eventType"));
      JsonArray attempts = delivery.getJsonArray("attempts");
      assertEquals(List.of(500, 500, 200),
          attempts.stream().map(a -> a.asJsonObject().getInt("statusCode")).toList(), delivery::toString);
      assertEquals(List.of(1, 2, 3), attempts.stream().map(a -> a.asJsonObject().getInt("number")).toList());
      assertEquals(200, delivery.getInt("lastStatusCode"));
      assertTrue(delivery.isNull("nextAttemptAt"), delivery::toString);
      // Retries back off: about 1 s, then about 3 s (±20%).
      Instant first = Instant.parse(attempts.getJsonObject(0).getString("attemptedAt"));
      Instant second = Instant.parse(attempts.getJsonObject(1).getString("attemptedAt"));
      Instant third = Instant.parse(attempts.getJsonObject(2).getString("attemptedAt"));
      assertTrue(Duration.between(first, second).toMillis() >= 750, delivery::toString);
      assertTrue(Duration.between(second, third).toMillis() >= 2300, delivery::toString);
    }
    assertEquals(deliveryIds.size(), log.size(), "one delivery per event");

    // The receiver saw exactly those deliveries, three requests each, every one signed with the secret, and
    // accepted each delivery id exactly once.
    List<Received> flakyRequests = receiver.at("/flaky");
    assertEquals(deliveryIds,
        flakyRequests.stream().map(Received::deliveryId).collect(Collectors.toCollection(TreeSet::new)));
    for (String id : deliveryIds) {
      List<Received> requests = flakyRequests.stream().filter(r -> r.deliveryId().equals(id)).toList();
      assertEquals(List.of(500, 500, 200), requests.stream().map(Received::answered).toList(), id);
      for (Received r : requests) {
        assertTrue(signedWith(secret, r), () -> "signature of " + r);
        JsonObject body = r.json();
        assertEquals(id, body.getString("id"), "the body names the delivery it is");
        assertEquals(typeOf.get(id), body.getString("type"));
        assertEquals(typeOf.get(id), r.eventType());
        assertEquals(desk.company().id(), body.getString("tenantId"));
      }
      assertEquals(1, requests.stream().filter(r -> r.answered() == 200).count(), "accepted exactly once: " + id);
    }

    // Every event the visitor caused arrived: entering, the welcome message and both messages.
    List<JsonObject> accepted =
        flakyRequests.stream().filter(r -> r.answered() == 200).map(Received::json).toList();
    assertEquals(1, accepted.stream().filter(b -> b.getString("type").equals("enter_session")).count());
    Set<String> texts =
        accepted.stream()
            .filter(b -> b.getString("type").equals("message"))
            .map(b -> b.getJsonObject("data").getJsonObject("content").getString("text", ""))
            .collect(Collectors.toSet());
    assertTrue(texts.containsAll(Set.of("Welcome to Hooks!", "Where is my parcel?", "It was due on Monday.")),
        texts::toString);
    assertEquals(accepted.size(), accepted.stream().map(b -> b.getJsonNumber("eventId").longValue())
        .collect(Collectors.toSet()).size(), "no event twice");

    // The message-only webhook got exactly the message events, once each, and nothing else.
    long messages = accepted.stream().filter(b -> b.getString("type").equals("message")).count();
    awaitLog(desk.admin(), onlyMessages.getString("id"), entries -> entries.size() == messages && entries.stream()
        .allMatch(e -> e.asJsonObject().getString("status").equals("delivered")));
    List<Received> steady = receiver.at("/steady");
    assertTrue(steady.stream().allMatch(r -> r.eventType().equals("message")), steady::toString);
    assertTrue(steady.stream().allMatch(r -> signedWith(onlyMessages.getString("secret"), r)));
    assertFalse(steady.stream().anyMatch(r -> signedWith(secret, r)), "each webhook has its own secret");
    Set<Long> messageEvents = accepted.stream().filter(b -> b.getString("type").equals("message"))
        .map(b -> b.getJsonNumber("eventId").longValue()).collect(Collectors.toCollection(TreeSet::new));
    Set<Long> steadyEvents = steady.stream().map(r -> r.json().getJsonNumber("eventId").longValue())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(messageEvents, steadyEvents);
    assertEquals((long) steady.size(), steady.stream().map(Received::deliveryId).distinct().count());

    // The log filters by status.
    assertEquals(log.size(), desk.admin().get(deliveriesOf(flaky) + "?status=delivered").array().size());
    assertEquals(0, desk.admin().get(deliveriesOf(flaky) + "?status=failed").array().size());
    assertEquals(2, desk.admin().get(deliveriesOf(flaky) + "?limit=2").array().size());
    assertProblem(400, desk.admin().get(deliveriesOf(flaky) + "?status=lost"), "status");
    assertProblem(400, desk.admin().get(deliveriesOf(flaky) + "?limit=0"), "limit");
    assertProblem(400, desk.admin().get(deliveriesOf(flaky) + "?limit=many"), "limit");
  }

  @Test
  void registrationRefusesInternalHostsAndUnknownEventsAndShowsTheSecretOnce() {
    Desk desk = desk("Rules");
    Api admin = desk.admin();
    for (String url : List.of("https://10.0.0.5/hook", "http://169.254.169.254/latest/meta-data",
        "https://192.168.1.10:8443/x", "https://[fd00::1]/hook")) {
      assertProblem(400, admin.post("/api/v1/webhooks", webhook(url, "*")), "must not point to");
    }
    assertProblem(400, admin.post("/api/v1/webhooks", webhook("ftp://example.com/hook", "*")), "http or https");
    assertProblem(400, admin.post("/api/v1/webhooks", webhook("https://user:pw@example.com/", "*")), "user name");
    Api.Reply unknown = admin.post("/api/v1/webhooks", webhook("https://example.com/hook", "message", "mesage"));
    assertProblem(400, unknown, "unknown event type 'mesage'");
    assertTrue(unknown.text().contains("valid: *, enter_session, message, msg_send_fail, recall"), unknown::toString);
    assertProblem(400, admin.post("/api/v1/webhooks", webhook("https://example.com/hook")), "at least one event");
    assertEquals(0, admin.get("/api/v1/webhooks").array().size(), "nothing refused was stored");

    JsonObject created = register(admin, "https://Example.com:443/hooks/frontdesk", "recall", "message");
    assertEquals("https://example.com/hooks/frontdesk", created.getString("url"), "normalized");
    assertEquals(List.of("message", "recall"), strings(created.getJsonArray("events")));
    assertTrue(created.getBoolean("active"));
    String id = created.getString("id");
    JsonObject listed = admin.get("/api/v1/webhooks").array().getJsonObject(0);
    assertEquals(id, listed.getString("id"));
    assertFalse(listed.containsKey("secret"), listed::toString);
    assertFalse(admin.get("/api/v1/webhooks/" + id).json().containsKey("secret"));
    assertFalse(admin.get("/api/v1/webhooks").text().contains(created.getString("secret")));

    JsonObject changed =
        admin.patch("/api/v1/webhooks/" + id,
            Json.createObjectBuilder().add("events", Json.createArrayBuilder().add("*")).add("active", false)
                .add("description", "ERP sync").build()).json();
    assertEquals(List.of("*"), strings(changed.getJsonArray("events")));
    assertFalse(changed.getBoolean("active"));
    assertEquals("ERP sync", changed.getString("description"));
    assertProblem(400, admin.patch("/api/v1/webhooks/" + id,
        Json.createObjectBuilder().add("url", "https://10.1.2.3/hook").build()), "must not point to");
    assertEquals("https://example.com/hooks/frontdesk", admin.get("/api/v1/webhooks/" + id).string("url"));

    // Staff other than tenant admins cannot touch webhooks.
    String agentEmail = "agent@" + desk.company().slug() + ".test";
    assertEquals(201, admin.post("/api/v1/members", Json.createObjectBuilder().add("name", "Agent")
        .add("email", agentEmail).add("password", "agent-password-1")
        .add("roles", Json.createArrayBuilder().add("agent")).build()).status());
    Api agent = desk.api().as(Companies.signIn(desk.api(), desk.company().slug(), agentEmail, "agent-password-1"));
    assertEquals(403, agent.get("/api/v1/webhooks").status());
    assertEquals(403, agent.post("/api/v1/webhooks", webhook(receiver.url("/steady"), "*")).status());

    // The company's back-end manages webhooks with an API credential that has the webhooks scope, and only then.
    Api backEnd = apiClient(desk, "webhooks");
    assertEquals(List.of(id), backEnd.get("/api/v1/webhooks").array().stream()
        .map(v -> v.asJsonObject().getString("id")).toList());
    JsonObject viaApi = register(backEnd, receiver.url("/steady"), "recall");
    assertTrue(viaApi.getString("secret").startsWith("whsec_"));
    assertEquals(204, backEnd.delete("/api/v1/webhooks/" + viaApi.getString("id")).status());
    Api.Reply unscoped = apiClient(desk, "sync").get("/api/v1/webhooks");
    assertEquals(403, unscoped.status(), unscoped::toString);
    assertTrue(unscoped.text().contains("'webhooks' scope"), unscoped::toString);
  }

  @Test
  void anAdminRedeliversWithTheSameIdAndRotatesTheSecretWithoutBreakingReceivers() {
    Desk desk = desk("Redo");
    JsonObject hook = register(desk.admin(), receiver.url("/steady"), "enter_session");
    String oldSecret = hook.getString("secret");
    visit(desk);
    JsonArray log = awaitLog(desk.admin(), hook.getString("id"), entries -> entries.size() == 1
        && entries.getJsonObject(0).getString("status").equals("delivered"));
    String deliveryId = log.getJsonObject(0).getString("id");
    assertEquals(1, receiver.at("/steady").size());

    Api.Reply rotated =
        desk.admin().post("/api/v1/webhooks/" + hook.getString("id") + "/rotate-secret", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, rotated.status(), rotated::toString);
    String newSecret = rotated.string("secret");
    assertNotEquals(oldSecret, newSecret);
    assertFalse(desk.admin().get("/api/v1/webhooks/" + hook.getString("id")).text().contains(newSecret));

    Api.Reply redelivered =
        desk.admin().post(deliveriesOf(hook) + "/" + deliveryId + "/redeliver", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(202, redelivered.status(), redelivered::toString);
    assertEquals(deliveryId, redelivered.string("id"));
    assertEquals("pending", redelivered.string("status"));
    JsonArray after = awaitLog(desk.admin(), hook.getString("id"), entries ->
        entries.getJsonObject(0).getJsonArray("attempts").size() == 2
            && entries.getJsonObject(0).getString("status").equals("delivered"));
    assertEquals(1, after.size(), "the same delivery, not a new one");
    List<Received> requests = receiver.at("/steady");
    assertEquals(2, requests.size());
    assertEquals(List.of(deliveryId, deliveryId), requests.stream().map(Received::deliveryId).toList());
    assertEquals(requests.get(0).json().getJsonNumber("eventId"), requests.get(1).json().getJsonNumber("eventId"));
    // Signed under both secrets during the changeover, so receivers still on the old one keep working.
    assertTrue(signedWith(newSecret, requests.get(1)));
    assertTrue(signedWith(oldSecret, requests.get(1)));
    assertFalse(signedWith(newSecret, requests.get(0)));

    assertProblem(404, desk.admin().post(deliveriesOf(hook) + "/" + java.util.UUID.randomUUID() + "/redeliver",
        JsonValue.EMPTY_JSON_OBJECT), "No delivery");
    desk.admin().patch("/api/v1/webhooks/" + hook.getString("id"),
        Json.createObjectBuilder().add("active", false).build());
    assertProblem(409, desk.admin().post(deliveriesOf(hook) + "/" + deliveryId + "/redeliver",
        JsonValue.EMPTY_JSON_OBJECT), "switched off");

    assertEquals(204, desk.admin().delete("/api/v1/webhooks/" + hook.getString("id")).status());
    assertProblem(404, desk.admin().get("/api/v1/webhooks/" + hook.getString("id")), "No webhook");
    assertProblem(404, desk.admin().get(deliveriesOf(hook)), "No webhook");
  }

  @Test
  void anotherCompanyNeitherSeesTheWebhooksNorGetsTheEvents() {
    Desk a = desk("Alpha");
    Desk b = desk("Bravo");
    JsonObject hookA = register(a.admin(), receiver.url("/a"), "enter_session");
    JsonObject hookB = register(b.admin(), receiver.url("/b"), "enter_session");
    String idA = hookA.getString("id");

    assertEquals(List.of(hookB.getString("id")),
        b.admin().get("/api/v1/webhooks").array().stream().map(v -> v.asJsonObject().getString("id")).toList());
    assertProblem(404, b.admin().get("/api/v1/webhooks/" + idA), "No webhook");
    assertProblem(404, b.admin().patch("/api/v1/webhooks/" + idA,
        Json.createObjectBuilder().add("url", receiver.url("/b")).build()), "No webhook");
    assertProblem(404, b.admin().post("/api/v1/webhooks/" + idA + "/rotate-secret", JsonValue.EMPTY_JSON_OBJECT),
        "No webhook");
    assertProblem(404, b.admin().get("/api/v1/webhooks/" + idA + "/deliveries"), "No webhook");
    assertProblem(404, b.admin().delete("/api/v1/webhooks/" + idA), "No webhook");

    visit(a);
    visit(b);
    JsonArray logA = awaitLog(a.admin(), idA, entries -> entries.size() == 1
        && entries.getJsonObject(0).getString("status").equals("delivered"));
    awaitLog(b.admin(), hookB.getString("id"), entries -> entries.size() == 1
        && entries.getJsonObject(0).getString("status").equals("delivered"));
    assertProblem(404, b.admin().post("/api/v1/webhooks/" + idA + "/deliveries/" + logA.getJsonObject(0).getString("id")
        + "/redeliver", JsonValue.EMPTY_JSON_OBJECT), "No webhook");
    assertEquals(List.of(a.company().id()),
        receiver.at("/a").stream().map(r -> r.json().getString("tenantId")).toList());
    assertEquals(List.of(b.company().id()),
        receiver.at("/b").stream().map(r -> r.json().getString("tenantId")).toList());
    assertTrue(signedWith(hookA.getString("secret"), receiver.at("/a").get(0)));
    assertEquals(200, a.admin().get("/api/v1/webhooks/" + idA).status(), "A's webhook is untouched");
  }

  @Test
  void twoInstancesOnOneDatabaseNeverMakeTheSameAttemptTwice() throws Exception {
    try (SecondInstance second = SecondInstance.start()) {
      Desk desk = desk("Pair");
      Desk onSecond = new Desk(desk.company(), Api.at(URI.create(second.base()).toURL()), desk.admin(),
          desk.entryKey());
      JsonObject hook = register(desk.admin(), receiver.url("/once"), "*");
      // Events committed on both instances; both dispatchers claim from the one queue, first tries and retries.
      for (int i = 0; i < 12; i++) {
        visit(i % 2 == 0 ? desk : onSecond);
      }
      JsonArray log = awaitSettled(desk.admin(), hook.getString("id"), 24); // entering and welcome, each visit
      List<Received> requests = receiver.at("/once");
      assertEquals(2 * log.size(), requests.size(), "two attempts per delivery, none repeated");
      for (JsonValue value : log) {
        String id = value.asJsonObject().getString("id");
        assertEquals(List.of("1", "2"),
            requests.stream().filter(r -> r.deliveryId().equals(id)).map(Received::attempt).sorted().toList(), id);
        assertEquals(List.of(500, 200), value.asJsonObject().getJsonArray("attempts").stream()
            .map(a -> a.asJsonObject().getInt("statusCode")).toList());
      }
    }
  }

  // ---- the company side ----

  /** A company with one CS account (with a welcome message) and a web entry point. */
  record Desk(Company company, Api api, Api admin, String entryKey) {}

  private Desk desk(String label) {
    Api api = Api.at(base);
    Company company = Companies.signUp(api, label);
    Api admin = api.as(Companies.signIn(api, company));
    Api.Reply account = admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", label + " Support")
        .add("welcomeMessage", "Welcome to " + label + "!").build());
    assertEquals(201, account.status(), account::toString);
    Api.Reply entry = admin.post("/api/v1/accounts/" + account.string("id") + "/entry-points",
        Json.createObjectBuilder().add("scene", "website").add("name", "Web site")
            .add("allowedOrigins", Json.createArrayBuilder().add("https://shop.example.com")).build());
    assertEquals(201, entry.status(), entry::toString);
    return new Desk(company, api, admin, entry.string("key"));
  }

  record Visitor(Api api, String sessionId) {
    Api.Reply say(String clientMsgId, String text) {
      return api.post("/api/v1/visitor/messages",
          Json.createObjectBuilder().add("sessionId", sessionId).add("clientMsgId", clientMsgId).add("type", "text")
              .add("content", Json.createObjectBuilder().add("text", text)).build());
    }
  }

  private Visitor visit(Desk desk) {
    Api.Reply opened = desk.api().post("/api/v1/visitor/sessions",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).build());
    assertEquals(200, opened.status(), opened::toString);
    return new Visitor(desk.api().withHeader("X-Visitor-Token", opened.string("visitorToken")),
        opened.json().getJsonObject("session").getString("id"));
  }

  /** An API client of the company with the given scopes, signed in by the client-credentials grant. */
  private static Api apiClient(Desk desk, String... scopes) {
    Api.Reply credential = desk.admin().post("/api/v1/credentials", Json.createObjectBuilder()
        .add("name", "Back-end " + String.join(" ", scopes)).add("scopes", Json.createArrayBuilder(List.of(scopes)))
        .build());
    assertEquals(201, credential.status(), credential::toString);
    Api.Reply token = desk.api().postForm("/api/v1/auth/token", Map.of("grant_type", "client_credentials",
        "client_id", credential.string("clientId"), "client_secret", credential.string("clientSecret")));
    assertEquals(200, token.status(), token::toString);
    return desk.api().as(token.string("access_token"));
  }

  private static JsonObject webhook(String url, String... events) {
    var array = Json.createArrayBuilder();
    for (String e : events) {
      array.add(e);
    }
    return Json.createObjectBuilder().add("url", url).add("events", array).build();
  }

  private static JsonObject register(Api admin, String url, String... events) {
    Api.Reply reply = admin.post("/api/v1/webhooks", webhook(url, events));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private static String deliveriesOf(JsonObject webhook) {
    return "/api/v1/webhooks/" + webhook.getString("id") + "/deliveries";
  }

  /** Polls the delivery log until it satisfies {@code done}. */
  private static JsonArray awaitLog(Api admin, String webhookId, Predicate<JsonArray> done) {
    Instant deadline = Instant.now().plus(WAIT);
    JsonArray log = null;
    while (Instant.now().isBefore(deadline)) {
      Api.Reply reply = admin.get("/api/v1/webhooks/" + webhookId + "/deliveries");
      assertEquals(200, reply.status(), reply::toString);
      log = reply.array();
      if (!log.isEmpty() && done.test(log)) {
        return log;
      }
      sleep(250);
    }
    throw new AssertionError("the delivery log did not get there within " + WAIT.toSeconds() + " s: " + log);
  }

  /**
   * Waits until at least {@code atLeast} deliveries are all delivered and no new one appeared for a second: then
   * every event the test caused has gone through.
   */
  private static JsonArray awaitSettled(Api admin, String webhookId, int atLeast) {
    Predicate<JsonArray> allDelivered = entries -> entries.size() >= atLeast && entries.stream()
        .allMatch(e -> e.asJsonObject().getString("status").equals("delivered"));
    JsonArray log = awaitLog(admin, webhookId, allDelivered);
    while (true) {
      sleep(1000);
      int size = log.size();
      log = awaitLog(admin, webhookId, allDelivered);
      if (log.size() == size) {
        return log;
      }
    }
  }

  private static void assertProblem(int status, Api.Reply reply, String detailContains) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertTrue(reply.json().getString("detail").contains(detailContains), reply::toString);
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  // ---- the receiver side ----

  /**
   * Verifies {@code Frontdesk-Signature} as a receiver would, with nothing but the secret string: the timestamp
   * is recent, and one v1 entry is hex HMAC-SHA256(secret, t + "." + body).
   */
  private static boolean signedWith(String secret, Received request) {
    String t = null;
    List<String> v1 = new ArrayList<>();
    for (String part : request.signature().split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv[0].equals("t")) {
        t = kv[1];
      } else if (kv[0].equals("v1")) {
        v1.add(kv[1]);
      }
    }
    if (t == null || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > 300) {
      return false;
    }
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      expected = HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)))
          .getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return v1.stream().anyMatch(s -> MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII)));
  }

  /** One request the receiver got, and what it answered. */
  record Received(
      String path, String deliveryId, String eventType, String attempt, String signature, String body, int answered) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  /**
   * A company's server: {@code /flaky} answers 500 to the first two requests of each delivery id and 200 after,
   * {@code /once} 500 to the first and 200 after; every other path answers 200.
   */
  static final class Receiver {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", this::handle);
      server.setExecutor(Executors.newCachedThreadPool());
      server.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> at(String path) {
      return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      String deliveryId = String.valueOf(exchange.getRequestHeaders().getFirst("Frontdesk-Delivery"));
      int seen = counts.computeIfAbsent(path + " " + deliveryId, k -> new AtomicInteger()).incrementAndGet();
      int failures = path.equals("/flaky") ? 2 : path.equals("/once") ? 1 : 0;
      int status = seen <= failures ? 500 : 200;
      var headers = exchange.getRequestHeaders();
      received.add(new Received(path, deliveryId, headers.getFirst("Frontdesk-Event"),
          headers.getFirst("Frontdesk-Attempt"), String.valueOf(headers.getFirst("Frontdesk-Signature")), body,
          status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    }

    void stop() {
      server.stop(0);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
