package dev.frontdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.frontdesk.testing.Companies.Company;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A company set up for customer service through the API (one account, an entry point, agents serving it) and
 * the visitors who write to it; plus raw-bytes requests for uploads and downloads.
 */
public final class Desks {

  // HTTP/1.1 as browsers speak it to a plain-http server (no h2c upgrade).
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /** The web site the desk's entry point allows. */
  public static final String ORIGIN = "https://shop.example.com";

  private Desks() {}

  /** A company with one account and agents serving it. */
  public record Desk(
      Api api, Company company, Api admin, String adminToken, String accountId, String entryKey,
      List<String> agentIds, List<Api> agents, List<String> agentTokens) {}

  /** Round robin, no preference for the last servicer, closing sessions idle for {@code inactivityMinutes}. */
  public static Desk open(Api api, String label, int agentCount, int cap, int inactivityMinutes) {
    return open(api, label, agentCount, Json.createObjectBuilder().add("mode", "round_robin").add("servicerCap", cap)
        .add("preferLastServicer", false).add("preferLastDays", 7).add("inactivityCloseMinutes", inactivityMinutes)
        .build());
  }

  /** The given routing mode, preferring the last servicer within 7 days, closing after 30 idle minutes. */
  public static Desk open(Api api, String label, int agentCount, int cap, String mode) {
    return open(api, label, agentCount, Json.createObjectBuilder().add("mode", mode).add("servicerCap", cap)
        .add("preferLastServicer", true).add("preferLastDays", 7).add("inactivityCloseMinutes", 30).build());
  }

  /** A desk whose company signs up on a plan (its code), with agents and round-robin routing. */
  public static Desk onPlan(Api api, String label, String plan, int agentCount) {
    return open(api, label, plan, agentCount, Json.createObjectBuilder().add("mode", "round_robin").add("servicerCap", 5)
        .add("preferLastServicer", false).add("preferLastDays", 7).add("inactivityCloseMinutes", 30).build());
  }

  private static Desk open(Api api, String label, int agentCount, JsonObject reception) {
    return open(api, label, null, agentCount, reception);
  }

  private static Desk open(Api api, String label, String plan, int agentCount, JsonObject reception) {
    Company company = Companies.signUp(api, label, plan);
    String adminToken = Companies.signIn(api, company);
    Api admin = api.as(adminToken);
    Api.Reply account = admin.post("/api/v1/accounts",
        Json.createObjectBuilder().add("name", label + " Support").add("welcomeMessage", "Hi! How can we help?").build());
    assertEquals(201, account.status(), account::toString);
    String accountId = account.string("id");
    Api.Reply policy = admin.send("PUT", "/api/v1/accounts/" + accountId + "/policy", reception);
    assertEquals(200, policy.status(), policy::toString);
    List<String> ids = new ArrayList<>();
    List<Api> agents = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < agentCount; i++) {
      String id = member(admin, company, "agent" + i, "agent");
      String token = Companies.signIn(api, company.slug(), "agent" + i + "@" + company.slug() + ".test", PASSWORD);
      ids.add(id);
      agents.add(api.as(token));
      tokens.add(token);
    }
    if (agentCount > 0) {
      Api.Reply servicers = admin.post("/api/v1/accounts/" + accountId + "/servicers",
          Json.createObjectBuilder().add("userIds", Json.createArrayBuilder(ids)).build());
      assertEquals(201, servicers.status(), servicers::toString);
    }
    Api.Reply entry = admin.post("/api/v1/accounts/" + accountId + "/entry-points",
        Json.createObjectBuilder().add("scene", "website").add("name", "Web site")
            .add("allowedOrigins", Json.createArrayBuilder().add(ORIGIN)).build());
    assertEquals(201, entry.status(), entry::toString);
    return new Desk(api, company, admin, adminToken, accountId, entry.string("key"), ids, agents, tokens);
  }

  public static final String PASSWORD = "agent-password-1";

  /** Adds a member with one role and returns their id; they sign in as {@code <local>@<slug>.test}. */
  public static String member(Api admin, Company company, String local, String role) {
    Api.Reply m = admin.post("/api/v1/members",
        Json.createObjectBuilder().add("name", local).add("email", local + "@" + company.slug() + ".test")
            .add("password", PASSWORD).add("roles", Json.createArrayBuilder().add(role)).build());
    assertEquals(201, m.status(), m::toString);
    return m.string("id");
  }

  /** A visitor with their token and session. */
  public record Visitor(Api api, String token, String customerId, String sessionId, JsonObject opened) {

    public Api.Reply say(String clientMsgId, String text) {
      return send(clientMsgId, "text", Json.createObjectBuilder().add("text", text).build());
    }

    public Api.Reply send(String clientMsgId, String type, JsonObject content) {
      return api.post("/api/v1/visitor/messages",
          Json.createObjectBuilder().add("sessionId", sessionId).add("clientMsgId", clientMsgId).add("type", type)
              .add("content", content).build());
    }

    public JsonObject session() {
      return api.get("/api/v1/visitor/messages?sessionId=" + sessionId).json().getJsonObject("session");
    }
  }

  public static Visitor visit(Desk desk) {
    return visit(desk, null);
  }

  public static Visitor visit(Desk desk, String sceneParam) {
    var request = Json.createObjectBuilder().add("entryKey", desk.entryKey());
    if (sceneParam != null) {
      request.add("sceneParam", sceneParam);
    }
    Api.Reply opened = desk.api().post("/api/v1/visitor/sessions", request.build());
    assertEquals(200, opened.status(), opened::toString);
    String token = opened.string("visitorToken");
    return new Visitor(desk.api().withHeader("X-Visitor-Token", token), token, opened.string("customerId"),
        opened.json().getJsonObject("session").getString("id"), opened.json());
  }

  /** An agent's text reply in a session. */
  public static Api.Reply reply(Api agent, String sessionId, String clientMsgId, String text) {
    return agent.post("/api/v1/sessions/" + sessionId + "/messages",
        Json.createObjectBuilder().add("clientMsgId", clientMsgId).add("type", "text")
            .add("content", Json.createObjectBuilder().add("text", text)).build());
  }

  /** A response with its raw body and headers. */
  public record Raw(int status, Map<String, List<String>> headers, byte[] body) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public Api.Reply asReply() {
      return new Api.Reply(status, header("Content-Type"), new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Sends raw bytes (or nothing) with the given headers, name/value pairs. */
  public static Raw raw(String method, String url, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Sends bytes without announcing their length (chunked), as a stream of unknown size would be. */
  public static Raw chunked(String url, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  private static Raw send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Raw(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits up to {@code seconds} for the condition, checking twice a second. */
  public static boolean eventually(int seconds, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
