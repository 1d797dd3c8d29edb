package dev.frontdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.frontdesk.testing.Companies.Company;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A company set up to serve visitors (an account, agents, an entry point), and visitors arriving through it. */
public final class Desks {

  /** The web site the desk's entry point allows. */
  public static final String ORIGIN = "https://shop.example.com";

  private Desks() {}

  /** A company with one account, an entry point and agents serving it. */
  public record Desk(Api api, Api admin, String accountId, String entryKey, List<String> agentIds, List<Api> agents) {}

  public static Desk open(Api api, String label, int agentCount, int cap, String mode) {
    Company company = Companies.signUp(api, label);
    Api admin = api.as(Companies.signIn(api, company));
    Api.Reply account =
        admin.post("/api/v1/accounts", obj("name", label + " Support", "welcomeMessage", "Hi! How can we help?"));
    assertEquals(201, account.status(), account::toString);
    String accountId = account.string("id");
    Api.Reply policy =
        admin.send("PUT", "/api/v1/accounts/" + accountId + "/policy",
            Json.createObjectBuilder().add("mode", mode).add("servicerCap", cap).add("preferLastServicer", true)
                .add("preferLastDays", 7).add("inactivityCloseMinutes", 30).build());
    assertEquals(200, policy.status(), policy::toString);
    List<String> ids = new ArrayList<>();
    List<Api> agents = new ArrayList<>();
    for (int i = 0; i < agentCount; i++) {
      String email = "agent" + i + "@" + company.slug() + ".test";
      Api.Reply m = admin.post("/api/v1/members",
          Json.createObjectBuilder().add("name", "Agent " + i).add("email", email).add("password", "agent-password-1")
              .add("roles", Json.createArrayBuilder().add("agent")).build());
      assertEquals(201, m.status(), m::toString);
      ids.add(m.string("id"));
      agents.add(api.as(Companies.signIn(api, company.slug(), email, "agent-password-1")));
    }
    JsonArray userIds = Json.createArrayBuilder(ids).build();
    Api.Reply servicers = admin.post("/api/v1/accounts/" + accountId + "/servicers",
        Json.createObjectBuilder().add("userIds", userIds).build());
    assertEquals(201, servicers.status(), servicers::toString);
    Api.Reply entry = admin.post("/api/v1/accounts/" + accountId + "/entry-points",
        Json.createObjectBuilder().add("scene", "website").add("name", "Web site")
            .add("allowedOrigins", Json.createArrayBuilder().add(ORIGIN)).build());
    assertEquals(201, entry.status(), entry::toString);
    return new Desk(api, admin, accountId, entry.string("key"), ids, agents);
  }

  /** A visitor with their token and current session. */
  public record Visitor(Api api, String token, String sessionId) {
    public Api.Reply say(String clientMsgId, String text) {
      return api.post("/api/v1/visitor/messages",
          Json.createObjectBuilder().add("sessionId", sessionId).add("clientMsgId", clientMsgId).add("type", "text")
              .add("content", Json.createObjectBuilder().add("text", text)).build());
    }

    public JsonObject session() {
      return api.get("/api/v1/visitor/messages?sessionId=" + sessionId).json().getJsonObject("session");
    }
  }

  public static Visitor visit(Desk desk, String sceneParam) {
    var request = Json.createObjectBuilder().add("entryKey", desk.entryKey());
    if (sceneParam != null) {
      request.add("sceneParam", sceneParam);
    }
    Api.Reply opened = desk.api().post("/api/v1/visitor/sessions", request.build());
    assertEquals(200, opened.status(), opened::toString);
    String token = opened.string("visitorToken");
    return new Visitor(desk.api().withHeader("X-Visitor-Token", token), token,
        opened.json().getJsonObject("session").getString("id"));
  }

  /** An agent's text reply in a session. */
  public static Api.Reply reply(Api agent, String sessionId, String clientMsgId, String text) {
    return agent.post("/api/v1/sessions/" + sessionId + "/messages",
        Json.createObjectBuilder().add("clientMsgId", clientMsgId).add("type", "text")
            .add("content", Json.createObjectBuilder().add("text", text)).build());
  }

  private static JsonObject obj(String... kv) {
    var b = Json.createObjectBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      b.add(kv[i], kv[i + 1]);
    }
    return b.build();
  }
}
