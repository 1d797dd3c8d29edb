package dev.frontdesk.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.frontdesk.plugins.testplugins.Greeter;
import dev.frontdesk.plugins.testplugins.Misbehaving;
import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.SecondInstance;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Plugins on a running server: the bundled ones installed at start; a signed test plugin installed, used by
 * two companies (one enabled, one not), upgraded while its sessions stay open, and removed; refused jars;
 * deliberately bad plugins contained and suspended; the email channel's round trip through a real mail server;
 * the knowledge-base assistant answering and handing off.
 */
@ExtendWith(ArquillianExtension.class)
class PluginsIT {

  static final TestPlugins.Signer SIGNER = TestPlugins.IT_SIGNER;
  static final String GREETER_SCHEMA = TestPlugins.GREETER_EXTRAS;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  Api api() {
    return Api.at(base);
  }

  Api platformAdmin() {
    return Companies.platformAdmin(api());
  }


  static void trustTheTestSigner() throws Exception {
    TestPlugins.trustItSigner();
  }

  static byte[] greeter(String version) {
    return TestPlugins.greeter("greeter", version);
  }

  Desks.Raw upload(Api admin, byte[] jar, boolean multipart) {
    String auth = admin.bearer();
    if (!multipart) {
      return Desks.raw("POST", admin.base() + "/api/v1/platform/plugins", jar, "Authorization", auth, "Content-Type", "application/java-archive");
    }
    String boundary = "----frontdesk" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plugin.jar\"\r\nContent-Type: application/java-archive\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(jar);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return Desks.raw("POST", admin.base() + "/api/v1/platform/plugins", body.toByteArray(), "Authorization", auth,
        "Content-Type", "multipart/form-data; boundary=" + boundary);
  }

  static JsonArray messages(Visitor v) {
    return v.api().get("/api/v1/visitor/messages?sessionId=" + v.sessionId()).json().getJsonArray("messages");
  }

  static boolean saw(Visitor v, Predicate<String> text) {
    return messages(v).stream().map(JsonValue::asJsonObject)
        .filter(m -> m.getString("type").equals("text") || m.getString("type").equals("menu"))
        .map(m -> m.getJsonObject("content").toString())
        .anyMatch(text);
  }

  static JsonObject find(JsonArray list, String id) {
    return list.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("id").equals(id)).findFirst().orElse(null);
  }

  @Test
  void aSignedPluginIsInstalledUsedUpgradedWhileSessionsStayOpenAndRemovedWithoutRestart() throws Exception {
    Api platform = platformAdmin();
    JsonArray installed = platform.get("/api/v1/platform/plugins").array();
    for (String bundled : List.of("assistant-knowledge", "channel-email")) {
      JsonObject p = find(installed, bundled);
      assertNotNull(p, installed::toString);
      assertEquals("active", p.getString("state"), p::toString);
      assertEquals("CN=Frontdesk build,O=Frontdesk", p.getString("signer"), p::toString);
      assertTrue(p.getBoolean("bundled"));
    }
    assertFalse(platform.get("/api/v1/platform/plugins/trust").json().getBoolean("allowUnsigned"));

    // Refused jars, each with the reason.
    String d = TestPlugins.descriptor("greeter", "1.0.0", "1.0", List.of(Greeter.class), GREETER_SCHEMA);
    byte[] unsigned = TestPlugins.jar(d, List.of(Greeter.class));
    Desks.Raw refused = upload(platform, unsigned, false);
    assertEquals(422, refused.status());
    assertTrue(refused.asReply().string("detail").contains("the jar is not signed"), refused.asReply()::toString);
    Desks.Raw untrusted = upload(platform, TestPlugins.sign(unsigned, TestPlugins.Signer.create("Stranger")), true);
    assertEquals(422, untrusted.status());
    assertTrue(untrusted.asReply().string("detail").contains("'CN=Stranger', which is not in the platform's plugin trust store"));
    trustTheTestSigner();
    Desks.Raw tampered = upload(platform, TestPlugins.tamper(greeter("1.0.0"), Greeter.class), false);
    assertEquals(422, tampered.status());
    assertTrue(tampered.asReply().string("detail").startsWith("the jar was altered after it was signed"));
    String future = TestPlugins.descriptor("future", "1.0.0", "[2.0,3.0)", List.of(Greeter.class), null);
    Desks.Raw spi = upload(platform, TestPlugins.sign(TestPlugins.jar(future, List.of(Greeter.class)), SIGNER), false);
    assertEquals(422, spi.status());
    assertEquals("plugin future 1.0.0 needs SPI [2.0,3.0), but this platform provides SPI 1.1.0", spi.asReply().string("detail"));

    // Installed at runtime, through the form a browser would send.
    byte[] v1 = greeter("1.0.0");
    Desks.Raw first = upload(platform, v1, true);
    assertEquals(201, first.status(), first.asReply()::toString);
    JsonObject greeter = first.asReply().json();
    assertEquals("active", greeter.getString("state"));
    assertEquals("CN=Frontdesk IT vendor", greeter.getString("signer"));
    assertEquals("[\"assistant\",\"channel\",\"http\"]", greeter.getJsonArray("extensionPoints").toString());
    assertEquals(409, upload(platform, v1, false).status(), "the same jar twice");

    // Company A enables it for its account; company B does not.
    Desk a = Desks.open(api(), "plugina", 1, 5, "round_robin");
    Desk b = Desks.open(api(), "pluginb", 1, 5, "round_robin");
    JsonObject offered = find(a.admin().get("/api/v1/plugins").array(), "greeter");
    assertEquals("{\"type\":\"object\",\"properties\":{\"greeting\":{\"type\":\"string\",\"default\":\"Hello\",\"maxLength\":40},"
        + "\"token\":{\"type\":\"string\",\"writeOnly\":true}},\"required\":[\"token\"]}", offered.getJsonObject("configSchema").toString());
    Api.Reply incomplete = a.admin().send("PUT", "/api/v1/plugins/greeter/enabled?account=" + a.accountId(),
        Json.createObjectBuilder().add("enabled", true).build());
    assertEquals(400, incomplete.status(), incomplete::toString);
    assertEquals("config.token", incomplete.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Reply bad = a.admin().send("PUT", "/api/v1/plugins/greeter/config?account=" + a.accountId(),
        Json.createObjectBuilder().add("greeting", "x".repeat(41)).add("colour", "red").build());
    assertEquals(400, bad.status());
    assertTrue(bad.string("detail").contains("greeting must have at most 40 characters"), bad::toString);
    assertTrue(bad.string("detail").contains("colour is not a setting of this plugin"), bad::toString);
    Api.Reply saved = a.admin().send("PUT", "/api/v1/plugins/greeter/config?account=" + a.accountId(),
        Json.createObjectBuilder().add("greeting", "Hej").add("token", "s3cret").build());
    assertEquals(200, saved.status(), saved::toString);
    assertEquals("{\"greeting\":\"Hej\"}", saved.json().getJsonObject("config").toString(), "secrets never come back");
    assertEquals("[\"token\"]", saved.json().getJsonArray("secretsSet").toString());
    assertEquals(200, a.admin().send("PUT", "/api/v1/plugins/greeter/enabled?account=" + a.accountId(),
        Json.createObjectBuilder().add("enabled", true).build()).status());
    for (Desk desk : List.of(a, b)) {
      assertEquals(200, desk.admin().patch("/api/v1/accounts/" + desk.accountId(),
          Json.createObjectBuilder().add("assistantEnabled", true).build()).status());
    }

    // A's visitor is answered by the assistant; B's goes to a human, and B never reaches the plugin.
    Visitor va = Desks.visit(a);
    assertEquals(201, va.say("a-1", "hello").status());
    assertTrue(Desks.eventually(30, () -> saw(va, t -> t.contains("[1.0.0] Hej, you said: hello"))), () -> messages(va).toString());
    assertEquals(1, va.session().getInt("stateCode"));
    Visitor vb = Desks.visit(b);
    assertEquals(201, vb.say("b-1", "hello").status());
    assertTrue(Desks.eventually(10, () -> vb.session().getInt("stateCode") == 3), () -> vb.session().toString());
    assertFalse(saw(vb, t -> t.contains("you said")));
    assertEquals(404, b.admin().get("/api/v1/plugins/greeter/hello").status());
    assertEquals("{\"version\":\"1.0.0\",\"tenant\":\"" + a.company().id() + "\",\"greeting\":\"Hej\"}",
        a.agents().get(0).get("/api/v1/plugins/greeter/hello?account=" + a.accountId()).json().toString());
    assertEquals(401, api().get("/api/v1/plugins/greeter/hello").status());
    assertEquals("{\"platformVisible\":false,\"persistenceVisible\":false}",
        a.admin().get("/api/v1/plugins/greeter/peek?account=" + a.accountId()).json().toString());

    // The channel side: a public webhook opens a session (the assistant, asked for a human, hands it to an
    // agent); the agent's reply goes out through the plugin.
    String hook = "/api/v1/plugins/greeter/hook?tenant=" + a.company().id() + "&token=s3cret&from=bob&thread=t1&id=m1";
    Api.Reply in = api().post(hook, Json.createValue("Hi from the channel, a human please"));
    assertEquals(200, in.status(), in::toString);
    assertEquals(Boolean.FALSE, in.json().getBoolean("duplicate"));
    assertTrue(api().post(hook, Json.createValue("Hi from the channel, a human please")).json().getBoolean("duplicate"));
    assertEquals(403, api().post(hook.replace("s3cret", "guess"), Json.createValue("x")).status());
    String channelSession = in.string("sessionId");
    Api agent = a.agents().get(0);
    JsonObject session = agent.get("/api/v1/sessions/" + channelSession).json();
    assertEquals("greeter", session.getString("channel"), session::toString);
    assertEquals("greeter", session.getString("scene"));

    // Upgraded while both sessions are open: the next turn is answered by the new version.
    Desks.Raw upgrade = upload(platform, greeter("1.1.0"), false);
    assertEquals(200, upgrade.status(), upgrade.asReply()::toString);
    assertEquals("1.1.0", upgrade.asReply().string("version"));
    assertEquals(201, va.say("a-2", "again").status());
    assertTrue(Desks.eventually(30, () -> saw(va, t -> t.contains("[1.1.0] Hej, you said: again"))), () -> messages(va).toString());
    assertTrue(Desks.eventually(30, () -> agent.get("/api/v1/sessions/" + channelSession).json().getInt("stateCode") == 3));
    assertEquals(201, Desks.reply(agent, channelSession, "r-1", "Hello Bob").status());
    assertTrue(Desks.eventually(20, () -> a.admin().get("/api/v1/plugins/greeter/sent?account=" + a.accountId()).text().contains("Hello Bob")));

    // The visitor asks for a person: the assistant hands off and a servicer takes the session.
    assertEquals(201, va.say("a-3", "a human please").status());
    assertTrue(Desks.eventually(30, () -> va.session().getInt("stateCode") == 3), () -> va.session().toString());
    assertTrue(saw(va, t -> t.contains("Passing you to a colleague.")));

    // Removed: gone from both lists, its endpoints gone, the open sessions untouched.
    assertEquals(204, platform.delete("/api/v1/platform/plugins/greeter").status());
    assertEquals(null, find(platform.get("/api/v1/platform/plugins").array(), "greeter"));
    assertEquals(null, find(a.admin().get("/api/v1/plugins").array(), "greeter"));
    assertEquals(404, api().post(hook.replace("id=m1", "id=m2"), Json.createValue("x")).status());
    assertEquals(200, agent.get("/api/v1/sessions/" + channelSession).status());
    assertEquals(201, va.say("a-4", "still there?").status());
  }

  @Test
  void anotherInstanceOfTheClusterRunsWhatOneInstalledUpgradedAndRemoved() throws Exception {
    trustTheTestSigner();
    Api platform = platformAdmin();
    Desk desk = Desks.open(api(), "cluster", 0, 5, "round_robin");
    try (SecondInstance second = SecondInstance.start()) {
      Api there = Api.at(URI.create(second.base()).toURL()).as(desk.adminToken());
      assertEquals(201, upload(platform, TestPlugins.greeter("greeter-cluster", "1.0.0"), false).status());
      assertEquals(200, desk.admin().send("PUT", "/api/v1/plugins/greeter-cluster/config",
          Json.createObjectBuilder().add("greeting", "Moi").add("token", "t").build()).status());
      assertEquals(200, desk.admin().send("PUT", "/api/v1/plugins/greeter-cluster/enabled",
          Json.createObjectBuilder().add("enabled", true).build()).status());
      assertTrue(Desks.eventually(30, () -> there.get("/api/v1/plugins/greeter-cluster/hello").text().contains("\"version\":\"1.0.0\"")),
          () -> there.get("/api/v1/plugins/greeter-cluster/hello").toString());
      assertEquals(200, upload(platform, TestPlugins.greeter("greeter-cluster", "2.0.0"), false).status());
      assertTrue(Desks.eventually(30, () -> there.get("/api/v1/plugins/greeter-cluster/hello").text().contains("\"version\":\"2.0.0\"")));
      assertEquals(204, platform.delete("/api/v1/platform/plugins/greeter-cluster").status());
      assertTrue(Desks.eventually(30, () -> there.get("/api/v1/plugins/greeter-cluster/hello").status() == 404));
    }
  }

  @Test
  void badPluginsFailFastAreSuspendedForTheirCompanyAndLeaveThePlatformServing() throws Exception {
    trustTheTestSigner();
    Api platform = platformAdmin();
    String d = TestPlugins.descriptor("misbehaving", "1.0.0", "1.0", List.of(Misbehaving.class),
        "\"configSchema\":{\"type\":\"object\",\"properties\":{\"mode\":{\"type\":\"string\",\"enum\":[\"ok\",\"throw\",\"sleep\"]}}}");
    Desks.Raw installed = upload(platform, TestPlugins.sign(TestPlugins.jar(d, List.of(Misbehaving.class)), SIGNER), false);
    assertEquals(201, installed.status(), installed.asReply()::toString);
    Desk a = Desks.open(api(), "bada", 1, 5, "round_robin");
    Desk b = Desks.open(api(), "badb", 1, 5, "round_robin");
    for (Desk desk : List.of(a, b)) {
      assertEquals(200, desk.admin().send("PUT", "/api/v1/plugins/misbehaving/config",
          Json.createObjectBuilder().add("mode", desk == a ? "throw" : "ok").build()).status());
      assertEquals(200, desk.admin().send("PUT", "/api/v1/plugins/misbehaving/enabled",
          Json.createObjectBuilder().add("enabled", true).build()).status());
    }
    assertEquals(200, a.admin().patch("/api/v1/accounts/" + a.accountId(),
        Json.createObjectBuilder().add("assistantEnabled", true).build()).status());

    // A throwing assistant: the visitor is handed to a human at once.
    Visitor v = Desks.visit(a);
    assertEquals(201, v.say("t-1", "hello?").status());
    assertTrue(Desks.eventually(30, () -> v.session().getInt("stateCode") == 3), () -> v.session().toString());

    // A hanging endpoint answers 502 after the call timeout (5 s here), and so does a busy loop; so does a call
    // that allocates without end (stopped at its 256 MB budget).
    long start = System.nanoTime();
    Api.Reply hang = a.admin().get("/api/v1/plugins/misbehaving/x?mode=sleep");
    assertEquals(502, hang.status(), hang::toString);
    assertTrue(hang.string("detail").contains("did not finish within 5000 ms"), hang::toString);
    assertTrue(System.nanoTime() - start < 20_000_000_000L);
    Api.Reply spin = a.admin().get("/api/v1/plugins/misbehaving/x?mode=spin");
    assertEquals(502, spin.status(), spin::toString);
    Api.Reply hog = b.admin().get("/api/v1/plugins/misbehaving/x?mode=hog");
    assertEquals(502, hog.status(), hog::toString);
    assertTrue(hog.string("detail").contains("allocated more than 256 MB in one call"), hog::toString);

    // A's third failure in a row suspended the plugin for A, with the reason; B still uses it.
    JsonObject forA = find(a.admin().get("/api/v1/plugins").array(), "misbehaving");
    assertNotNull(forA.getJsonObject("tenant").get("suspended"), forA::toString);
    assertTrue(forA.getJsonObject("tenant").getJsonObject("suspended").getString("reason").startsWith("3 failures in a row"), forA::toString);
    assertEquals(404, a.admin().get("/api/v1/plugins/misbehaving/x?mode=ok").status());
    assertTrue(Desks.eventually(20, () -> b.admin().get("/api/v1/plugins/misbehaving/x?mode=ok").status() == 200));
    JsonObject stats = find(platform.get("/api/v1/platform/plugins").array(), "misbehaving");
    assertTrue(stats.getJsonObject("failures").getInt("failures") >= 4, stats::toString);
    assertTrue(stats.getJsonObject("failures").getInt("timeouts") >= 1, stats::toString);

    // Re-enabling lifts the suspension; the platform served all along.
    Api.Reply again = a.admin().send("PUT", "/api/v1/plugins/misbehaving/enabled", Json.createObjectBuilder().add("enabled", true).build());
    assertTrue(again.json().isNull("suspended"), again::toString);
    assertEquals(200, a.admin().get("/api/v1/me").status());
    assertEquals(204, platform.delete("/api/v1/platform/plugins/misbehaving").status());
  }

  @Test
  void theEmailChannelThreadsACustomersEmailsIntoOneSessionAndRepliesByMail() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    mail.start();
    try {
      Desk desk = Desks.open(api(), "mail", 1, 5, "round_robin");
      connectMailbox(mail, desk);

      GreenMailUtil.sendTextEmail("support@shop.test", "ann@customer.test", "Broken kettle", "My kettle arrived broken.",
          mail.getSmtp().getServerSetup());
      Api agent = desk.agents().get(0);
      JsonObject session = await(agent, s -> "email".equals(s.getString("channel", "")));
      String sessionId = session.getString("id");
      assertTrue(agent.get("/api/v1/sessions/" + sessionId + "/messages").text().contains("My kettle arrived broken."));

      assertEquals(201, Desks.reply(agent, sessionId, "mail-1", "Sorry! A new one is on its way.").status());
      assertTrue(mail.waitForIncomingEmail(30_000, 2));
      MimeMessage reply = List.of(mail.getReceivedMessagesForDomain("customer.test")).stream()
          .filter(m -> subject(m).startsWith("Re: Broken kettle")).findFirst().orElseThrow();
      assertTrue(GreenMailUtil.getBody(reply).contains("Sorry! A new one is on its way."));
      assertNotNull(reply.getHeader("In-Reply-To"));

      // Ann answers our reply: the same session.
      MimeMessage answer = new MimeMessage(GreenMailUtil.getSession(mail.getSmtp().getServerSetup()));
      answer.setFrom("ann@customer.test");
      answer.setRecipients(jakarta.mail.Message.RecipientType.TO, "support@shop.test");
      answer.setSubject("Re: Broken kettle");
      answer.setHeader("In-Reply-To", reply.getMessageID());
      answer.setHeader("References", reply.getHeader("References", " ") + " " + reply.getMessageID());
      answer.setText("Thank you, it arrived.");
      GreenMailUtil.sendMimeMessage(answer);
      assertTrue(Desks.eventually(60, () -> agent.get("/api/v1/sessions/" + sessionId + "/messages").text().contains("Thank you, it arrived.")));
    } finally {
      mail.stop();
    }
  }

  /** The email channel on the desk's account, reading and sending as support@shop.test; ann@customer.test writes. */
  private static void connectMailbox(GreenMail mail, Desk desk) {
    mail.setUser("support@shop.test", "support", "mailbox-pw");
    mail.setUser("ann@customer.test", "ann", "ann-pw");
    Api.Reply config = desk.admin().send("PUT", "/api/v1/plugins/channel-email/config?account=" + desk.accountId(),
        Json.createObjectBuilder()
            .add("imapHost", "127.0.0.1").add("imapPort", mail.getImap().getPort()).add("imapSecurity", "none")
            .add("username", "support").add("password", "mailbox-pw")
            .add("smtpHost", "127.0.0.1").add("smtpPort", mail.getSmtp().getPort()).add("smtpSecurity", "none")
            .add("fromAddress", "support@shop.test").add("fromName", "Shop Support").add("initialBacklog", 10).build());
    assertEquals(200, config.status(), config::toString);
    assertEquals("[\"password\"]", config.json().getJsonArray("secretsSet").toString());
    assertEquals(200, desk.admin().send("PUT", "/api/v1/plugins/channel-email/enabled?account=" + desk.accountId(),
        Json.createObjectBuilder().add("enabled", true).build()).status());
  }

  @Test
  void anEmailThatWouldStartAConversationPastAHardLimitIsLeftForStaff() {
    String plan = "it-mail-" + UUID.randomUUID().toString().substring(0, 8); // CHF: offered to no other test's company
    Api.Reply created = Companies.platformAdmin(api()).post("/api/v1/platform/plans?code=" + plan, Json.createObjectBuilder()
        .add("name", "One chat").add("currency", "CHF").add("monthlyPrice", 1_000).add("yearlyPrice", 10_000)
        .add("includedSeats", 3).add("trialDays", 0).add("maxConversations", 1).build());
    assertEquals(201, created.status(), created::toString);
    GreenMail mail = new GreenMail(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    mail.start();
    try {
      Desk desk = Desks.onPlan(api(), "mailfull", plan, 1);
      Desks.visit(desk); // the period's one conversation
      connectMailbox(mail, desk);
      GreenMailUtil.sendTextEmail("support@shop.test", "ann@customer.test", "Broken kettle", "My kettle arrived broken.",
          mail.getSmtp().getServerSetup());
      Api agent = desk.agents().get(0);
      assertTrue(Desks.eventually(60, () -> agent.get("/api/v1/left-messages?handled=false").array().size() == 1));
      JsonObject left = agent.get("/api/v1/left-messages?handled=false").array().getJsonObject(0);
      assertEquals(List.of("ann@customer.test", "email", desk.accountId()),
          List.of(left.getString("contact"), left.getString("channel"), left.getString("accountId")), left::toString);
      assertTrue(left.getString("text").contains("My kettle arrived broken."), left::toString);
      assertEquals(1, desk.admin().get("/api/v1/sessions").array().size(), "no conversation was started for the email");
    } finally {
      mail.stop();
    }
  }

  @Test
  void theKnowledgeAssistantAnswersFromTheCompanysFaqAndHandsOffWhenAskedForAPerson() {
    Desk desk = Desks.open(api(), "Knowledge", 1, 5, "round_robin");
    assertEquals(200, desk.admin().send("PUT", "/api/v1/plugins/assistant-knowledge/enabled?account=" + desk.accountId(),
        Json.createObjectBuilder().add("enabled", true).build()).status());
    assertEquals(200, desk.admin().patch("/api/v1/accounts/" + desk.accountId(),
        Json.createObjectBuilder().add("assistantEnabled", true).build()).status());
    String csv = "category,questions,answer\n"
        + "shipping,How long does delivery take?|When will my order arrive?|发货要多久,\"Orders arrive in 3 to 5 working days.\"\n"
        + "returns,How do I return an item?|怎么退货,Start a return from your order page within 30 days.\n";
    Desks.Raw imported = Desks.raw("POST", desk.admin().base() + "/api/v1/plugins/assistant-knowledge/import?account=" + desk.accountId(),
        csv.getBytes(StandardCharsets.UTF_8), "Authorization", desk.admin().bearer(), "Content-Type", "text/csv");
    assertEquals(200, imported.status(), imported.asReply()::toString);

    Visitor v = Desks.visit(desk);
    assertEquals(201, v.say("k-1", "how long does delivery take").status());
    assertTrue(Desks.eventually(30, () -> saw(v, t -> t.contains("Orders arrive in 3 to 5 working days."))), () -> messages(v).toString());
    assertEquals(1, v.session().getInt("stateCode"));
    assertEquals(201, v.say("k-2", "我要转人工").status());
    assertTrue(Desks.eventually(30, () -> v.session().getInt("stateCode") == 3), () -> v.session().toString());
  }

  private static JsonObject await(Api agent, Predicate<JsonObject> match) {
    JsonObject[] found = new JsonObject[1];
    assertTrue(Desks.eventually(60, () -> {
      JsonArray sessions = agent.get("/api/v1/sessions").array();
      found[0] = sessions.stream().map(JsonValue::asJsonObject).filter(match).findFirst().orElse(null);
      return found[0] != null;
    }), "no matching session appeared");
    return found[0];
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
