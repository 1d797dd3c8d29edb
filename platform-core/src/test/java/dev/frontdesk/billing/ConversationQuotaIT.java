package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plan's conversation limit through the real API: past a hard limit new visitors are refused a session and
 * leave a message instead, which staff list and mark handled, while visitors already chatting go on; with an
 * overage price nothing is refused. The plans are in CHF, so no other test's plan is the upgrade offered.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationQuotaIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  Api api() {
    return Api.at(base);
  }

  /** A CHF plan allowing 2 conversations a period, billing 100 more at {@code overagePer100} (null: hard limit). */
  String plan(String name, long monthly, Long overagePer100) {
    String code = "it-conv-" + UUID.randomUUID().toString().substring(0, 8);
    var terms = Json.createObjectBuilder().add("name", name).add("currency", "CHF").add("monthlyPrice", monthly)
        .add("yearlyPrice", monthly * 10).add("includedSeats", 3).add("trialDays", 0).add("maxConversations", 2);
    if (overagePer100 != null) {
      terms.add("overagePer100", overagePer100);
    }
    Api.Reply created = Companies.platformAdmin(api()).post("/api/v1/platform/plans?code=" + code, terms.build());
    assertEquals(201, created.status(), created::toString);
    return code;
  }

  Api.Reply open(Desks.Desk desk) {
    return desk.api().withHeader("Origin", Desks.ORIGIN)
        .post("/api/v1/visitor/sessions", Json.createObjectBuilder().add("entryKey", desk.entryKey()).build());
  }

  JsonObject card(Desks.Desk desk) {
    Api.Reply entry = desk.api().withHeader("Origin", Desks.ORIGIN).get("/api/v1/visitor/entry/" + desk.entryKey());
    assertEquals(200, entry.status(), entry::toString);
    return entry.json().getJsonObject("account");
  }

  @Test
  void pastAHardLimitNewVisitorsLeaveMessagesThatStaffHandleWhileOpenChatsGoOn() {
    String hard = plan("Two chats", 1_000, null);
    String more = plan("Two chats and more", 2_000, 500L);
    Desks.Desk desk = Desks.onPlan(api(), "quota", hard, 1);
    assertFalse(card(desk).getBoolean("messagesOnly"));

    Desks.Visitor first = Desks.visit(desk);
    Desks.Visitor second = Desks.visit(desk, "spring-sale");
    assertTrue(card(desk).getBoolean("messagesOnly"), "both conversations of the period are used");
    assertTrue(second.opened().getJsonObject("account").getBoolean("messagesOnly"));

    Api.Reply third = open(desk);
    assertEquals(402, third.status(), third::toString);
    assertEquals("https://frontdesk.dev/problems/quota-exceeded", third.string("type"));
    assertEquals("{\"limit\":\"conversations\",\"used\":2,\"allowed\":2,\"plan\":\"" + hard + "\",\"upgradeTo\":\"" + more + "\"}",
        third.json().getJsonObject("quota").toString());
    assertTrue(third.string("detail").contains("allows 2 conversations"), third::toString);

    // Those already chatting go on: they resume their session and their messages are accepted.
    Api.Reply resumed = desk.api().post("/api/v1/visitor/sessions", Json.createObjectBuilder()
        .add("entryKey", desk.entryKey()).add("visitorToken", first.token()).build());
    assertEquals(200, resumed.status(), resumed::toString);
    assertEquals(first.sessionId(), resumed.json().getJsonObject("session").getString("id"));
    assertEquals(201, first.say("q-1", "still there?").status());
    assertEquals(201, Desks.reply(desk.agents().get(0), first.sessionId(), "q-r1", "Yes!").status());

    Api visitor = desk.api().withHeader("Origin", Desks.ORIGIN);
    Api.Reply left = visitor.post("/api/v1/visitor/left-messages", Json.createObjectBuilder()
        .add("entryKey", desk.entryKey()).add("sceneParam", "spring-sale").add("name", " Ada Visitor ")
        .add("contact", "ada@example.com").add("text", "Please call me back about my order.").build());
    assertEquals(201, left.status(), left::toString);
    Api.Reply bad = visitor.post("/api/v1/visitor/left-messages", Json.createObjectBuilder()
        .add("entryKey", desk.entryKey()).add("name", "Bo").add("contact", "call me maybe").add("text", " ").build());
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.contentType().startsWith("application/problem+json"), bad::toString);
    List<String> fields = bad.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field")).sorted().toList();
    assertEquals(List.of("contact", "text"), fields.stream().map(f -> f.substring(f.lastIndexOf('.') + 1)).toList(), bad::toString);
    assertTrue(bad.text().contains("must be an email address or a phone number"), bad::toString);
    Api.Reply elsewhere = desk.api().withHeader("Origin", "https://evil.example.net").post("/api/v1/visitor/left-messages",
        Json.createObjectBuilder().add("entryKey", desk.entryKey()).add("name", "Eve").add("contact", "+44 20 7946 0000")
            .add("text", "hi").build());
    assertEquals(403, elsewhere.status(), elsewhere::toString);

    Api agent = desk.agents().get(0);
    Api.Reply open = agent.get("/api/v1/left-messages?handled=false");
    assertEquals(200, open.status(), open::toString);
    assertEquals(1, open.array().size(), open::toString);
    JsonObject message = open.array().getJsonObject(0);
    assertEquals(List.of("Ada Visitor", "ada@example.com", "Please call me back about my order.", "spring-sale", "quota Support"),
        List.of(message.getString("name"), message.getString("contact"), message.getString("text"),
            message.getString("sceneParam"), message.getString("accountName")));
    assertEquals(desk.accountId(), message.getString("accountId"));
    assertFalse(message.containsKey("handledAt") && !message.isNull("handledAt"), message::toString);

    // An agent who does not serve the account sees nothing of it, as in the inbox.
    Desks.member(desk.admin(), desk.company(), "outsider", "agent");
    Api outsider = api().as(Companies.signIn(api(), desk.company().slug(), "outsider@" + desk.company().slug() + ".test", Desks.PASSWORD));
    assertEquals(0, outsider.get("/api/v1/left-messages").array().size());
    assertEquals(404, outsider.post("/api/v1/left-messages/" + message.getString("id") + "/handled", JsonObject.EMPTY_JSON_OBJECT).status());

    Api.Reply handled = agent.post("/api/v1/left-messages/" + message.getString("id") + "/handled", JsonObject.EMPTY_JSON_OBJECT);
    assertEquals(200, handled.status(), handled::toString);
    assertEquals(desk.agentIds().get(0), handled.json().getString("handledBy"));
    assertEquals(0, agent.get("/api/v1/left-messages?handled=false").array().size());
    assertEquals(1, desk.admin().get("/api/v1/left-messages?handled=true").array().size());
    assertEquals(404, agent.post("/api/v1/left-messages/" + UUID.randomUUID() + "/handled", JsonObject.EMPTY_JSON_OBJECT).status());
    assertEquals(401, api().get("/api/v1/left-messages").status());

    JsonObject conversations = desk.admin().get("/api/v1/billing/usage").json().getJsonObject("meters").getJsonObject("conversations");
    assertEquals(2, conversations.getInt("used"), "the refused visitor started nothing");
  }

  @Test
  void withAnOveragePriceConversationsPastTheLimitAreBilledNotRefused() {
    Desks.Desk desk = Desks.onPlan(api(), "overage", plan("Two chats billed past", 1_500, 500L), 0);
    for (int i = 0; i < 3; i++) {
      assertEquals(200, open(desk).status());
    }
    assertFalse(card(desk).getBoolean("messagesOnly"));
    JsonObject conversations = desk.admin().get("/api/v1/billing/usage").json().getJsonObject("meters").getJsonObject("conversations");
    assertEquals(3, conversations.getInt("used"));
    assertEquals(0, desk.admin().get("/api/v1/left-messages").array().size(), "nothing was left: every visitor could chat");
  }
}
