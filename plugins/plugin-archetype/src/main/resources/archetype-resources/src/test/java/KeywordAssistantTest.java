package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.spi.AssistantPlugin.Answer;
import dev.frontdesk.spi.AssistantPlugin.HandOff;
import dev.frontdesk.spi.AssistantPlugin.Reply;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.HttpEndpoint.Caller;
import dev.frontdesk.spi.testing.TestHost;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin in TestHost, an in-memory Frontdesk: it reads META-INF/frontdesk-plugin.json, checks it as the
 * platform does, starts the extension and plays tenants, customers and staff.
 */
class KeywordAssistantTest {

  private static final String KEY = "a-key-of-sixteen-or-more";
  private static final Caller ADMIN = new Caller("tenant-1", "user-1", Set.of("tenant-admin"));
  private static final Caller AGENT = new Caller("tenant-1", "user-2", Set.of("agent"));

  private TestHost host;

  @BeforeEach
  void start() throws Exception {
    host = TestHost.start();
  }

  @AfterEach
  void stop() throws Exception {
    host.close();
  }

  private Binding bindTenant(Map<String, Object> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.put("answers", List.of("refund, money back: Refunds take 5 working days.", "hours, open: We are open 9 to 5."));
    return host.bind("tenant-1", null, config);
  }

  @Test
  void answersFromTheListAndHandsOffWithTheConfiguredMessageOtherwise() throws Exception {
    Binding b = bindTenant(Map.of("handOffMessage", "A colleague will be with you shortly."));

    Reply known = host.ask(b, "When are you open?");
    assertEquals("We are open 9 to 5.", text(((Answer) known).messages().get(0)));

    HandOff unknown = assertInstanceOf(HandOff.class, host.ask(b, "Do you ship to Mars?"));
    assertEquals("low_confidence", unknown.reason());
    assertEquals("A colleague will be with you shortly.", text(unknown.message()));

    HandOff human = assertInstanceOf(HandOff.class, host.ask(b, "I want to talk to a human"));
    assertEquals("asked_for_human", human.reason());
    assertEquals(1, host.counter("answered"));
    assertEquals(2, host.counter("handed_off"));
  }

  @Test
  void anAccountsOwnSettingsWinOverTheTenantWideOnes() throws Exception {
    bindTenant(Map.of());
    host.bind("tenant-1", "account-7", Map.of("answers", List.of("hours: The shop opens at 10.")));

    Binding forAccount = host.context().binding("tenant-1", "account-7").orElseThrow();
    assertEquals("The shop opens at 10.", text(((Answer) host.ask(forAccount, "hours?")).messages().get(0)));
    Binding forOthers = host.context().binding("tenant-1", "account-8").orElseThrow();
    assertEquals("We are open 9 to 5.", text(((Answer) host.ask(forOthers, "hours?")).messages().get(0)));
  }

  @Test
  void staffSeeUnansweredQuestionsAndOnlyAdminsClearThem() throws Exception {
    Binding b = bindTenant(Map.of());
    host.ask(b, "Do you ship to Mars?");
    host.ask(b, "Can I pay in gold?");

    assertEquals(401, host.http("GET", "/unanswered", null, null).status(), "not a public path");
    String list = body(host.http("GET", "/unanswered", null, AGENT));
    assertTrue(list.indexOf("Can I pay in gold?") < list.indexOf("Do you ship to Mars?"), "newest first: " + list);

    assertEquals(403, host.http("DELETE", "/unanswered", null, AGENT).status());
    assertEquals(204, host.http("DELETE", "/unanswered", null, ADMIN).status());
    assertEquals("{\"questions\":[]}", body(host.http("GET", "/unanswered", null, AGENT)));
  }

  @Test
  void theLogKeepsOnlyTheNewestQuestions() throws Exception {
    Binding b = bindTenant(Map.of());
    for (int i = 0; i < UnansweredLog.KEEP + 5; i++) {
      host.ask(b, "question number " + i);
    }
    assertEquals(UnansweredLog.KEEP, b.store().list(UnansweredLog.PREFIX, 1000).size());
    assertEquals("question number " + (UnansweredLog.KEEP + 4), UnansweredLog.newest(b.store()).get(0).question());
  }

  @Test
  void rulesShowHowTheSettingsWereRead() throws Exception {
    host.bind("tenant-1", null, Map.of("answers", List.of("refund: 5 days.", "this line has no colon")));
    assertEquals(
        "{\"tenant\":\"tenant-1\",\"account\":null,\"rules\":[{\"keywords\":[\"refund\"],\"answer\":\"5 days.\"}],"
            + "\"unreadable\":[\"this line has no colon\"]}",
        body(host.http("GET", "/rules", null, ADMIN)));
  }

  @Test
  void askIsOpenOnlyWithTheTenantsApiKey() throws Exception {
    bindTenant(Map.of());
    String question = "{\"question\": \"How do I get my money back?\"}";
    assertEquals(403, ask("tenant-1", KEY, question).status(), "no key set: closed");

    bindTenant(Map.of("apiKey", KEY));
    assertEquals(401, ask("tenant-1", "wrong-key-wrong-key", question).status());
    assertEquals(401, ask("tenant-1", null, question).status());
    assertEquals(404, ask("tenant-2", KEY, question).status());
    assertEquals(400, ask("tenant-1", KEY, "not json").status());
    assertEquals(400, ask("tenant-1", KEY, "{\"question\": \"  \"}").status());

    HttpEndpoint.Response ok = ask("tenant-1", KEY, question);
    assertEquals(200, ok.status());
    assertEquals("{\"answered\":true,\"answer\":\"Refunds take 5 working days.\"}", body(ok));
    assertEquals("{\"answered\":false}", body(ask("tenant-1", KEY, "{\"question\": \"Mars?\"}")));
  }

  @Test
  void theDescriptorKeepsThePlatformsNamingRules() {
    // The platform refuses other ids and versions at install; TestHost does not check these two.
    assertTrue(String.valueOf(host.descriptor().get("id")).matches("[a-z0-9][a-z0-9-]{1,39}"), "id: a-z, 0-9, '-'");
    assertTrue(
        String.valueOf(host.descriptor().get("version")).matches("\\d{1,6}(\\.\\d{1,6}){0,2}([-+][0-9A-Za-z.-]{1,40})?"),
        "version: MAJOR.MINOR.PATCH with an optional -qualifier");
  }

  @Test
  void theSchemaRequiresAnswersAndRefusesUnknownSettings() {
    assertThrows(IllegalArgumentException.class, () -> host.bind("tenant-1", null, Map.of()));
    assertThrows(
        IllegalArgumentException.class, () -> host.bind("tenant-1", null, Map.of("answers", List.of(), "colour", "red")));
  }

  /**
   * An anonymous call to the public path. TestHost.http sends no headers of its own choosing, so the request is
   * built here, as the platform builds it: no caller, no binding, lower-case header names.
   */
  private HttpEndpoint.Response ask(String tenant, String apiKey, String json) throws Exception {
    Map<String, List<String>> headers =
        apiKey == null ? Map.of() : Map.of("x-api-key", List.of(apiKey));
    var request =
        new HttpEndpoint.Request(
            "POST", "/ask", Map.of("tenant", List.of(tenant)), headers, json.getBytes(StandardCharsets.UTF_8),
            Optional.empty(), Optional.empty());
    return host.extension(HttpEndpoint.class).handle(request);
  }

  private static String text(Content content) {
    return ((Content.Text) content).text();
  }

  private static String body(HttpEndpoint.Response response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
