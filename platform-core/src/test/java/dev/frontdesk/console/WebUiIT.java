package dev.frontdesk.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.plugins.TestPlugins;
import dev.frontdesk.plugins.testplugins.Greeter;
import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.BrowserScripts;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web UIs in a real browser, against one deployment of the platform (each script sets up its own company):
 * headless Chromium driven by Playwright scripts in tenant-admin-ui/e2e, each printing its steps and measured
 * latencies. Plus, without a browser, what the server promises the widget: the entry card, refusals, headers.
 *
 * <p>{@code -Dfrontdesk.it.screenshots=../docs/screenshots} saves the README's pictures there; by default they go
 * to tenant-admin-ui/target/e2e only, so test runs leave the sources alone.
 */
@ExtendWith(ArquillianExtension.class)
class WebUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  private static Map<String, String> screenshots() {
    String dir = System.getProperty("frontdesk.it.screenshots");
    return dir == null || dir.isBlank() ? Map.of() : Map.of("SCREENSHOT_DIR", new File(dir).getAbsolutePath());
  }

  /** Two companies sign up through the UI and each sees only itself. */
  @Test
  void twoCompaniesSignUpInTheBrowserAndEachSeesOnlyItself() throws InterruptedException {
    BrowserScripts.run(base, "two-companies.mjs", Map.of());
  }

  /** An account with avatar, hours, policy, servicers and an entry point, and what supervisors and agents see. */
  @Test
  void adminsSetUpAnAccountWithPolicyServicersAndEntryPointInTheBrowser() throws InterruptedException {
    BrowserScripts.run(base, "admin-pages.mjs", screenshots());
  }

  /**
   * A site with a strict CSP embeds widget.js; a visitor and an agent chat; a site not on the allow-list is
   * refused; a queued visitor sees their place; Chinese UI; a phone-sized screen; past a plan's conversation limit
   * a new visitor leaves a message that an agent handles in the workspace.
   */
  @Test
  void aVisitorChatsThroughTheWidgetOnAStrictSite() throws InterruptedException {
    BrowserScripts.run(base, "widget.mjs", screenshots());
  }

  /** Agents serve visitors in the workspace: inbox within a second, composer, uploads, queue, transfer, close. */
  @Test
  void anAgentServesVisitorsInTheWorkspace() throws InterruptedException {
    String output = BrowserScripts.run(base, "workspace.mjs", screenshots());
    assertTrue(output.contains("# inbox latency: "), output);
  }

  /**
   * The plugin pages: the platform admin installs a signed plugin and sees why an unsigned one is refused; a
   * company admin enables it from the form its schema generates; the knowledge base is filled and tried.
   */
  @Test
  void platformAndCompanyAdminsManagePluginsInTheBrowser() throws Exception {
    TestPlugins.trustItSigner();
    Path dir = Files.createTempDirectory("frontdesk-plugins");
    Path good = Files.write(dir.resolve("greeter-browser.jar"), TestPlugins.greeter("greeter-browser", "1.0.0"));
    Path bad = Files.write(dir.resolve("unsigned.jar"), TestPlugins.jar(
        TestPlugins.descriptor("unsigned-browser", "1.0.0", "1.0", List.of(Greeter.class), TestPlugins.GREETER_EXTRAS),
        List.of(Greeter.class)));
    Map<String, String> env = new HashMap<>(screenshots());
    env.put("PLUGIN_JAR", good.toString());
    env.put("BAD_PLUGIN_JAR", bad.toString());
    env.put("PLUGIN_CONFIG", "{\"greeting\":\"Hej\",\"token\":\"browser-secret\"}");
    BrowserScripts.run(base, "plugins.mjs", env);
  }

  /**
   * Billing in the browser: a company on Free meets its account limit with an upgrade link, previews and confirms
   * Team; the platform admin sees it among the companies, offers bank transfer, and marks a company's transfer paid
   * after it saw the bank details with its invoice number.
   */
  @Test
  void aCompanyAdminUpgradesItsPlanAndThePlatformAdminSeesIt() throws InterruptedException {
    BrowserScripts.run(base, "billing.mjs", screenshots());
  }

  /** The widget on a web site and the workspace in two browser contexts: each way within a second. */
  @Test
  void aVisitorOnAWebSiteAndAnAgentInTheWorkspaceTalk() throws InterruptedException {
    String output = BrowserScripts.run(base, "widget-workspace.mjs", Map.of());
    assertTrue(output.contains("# widget to inbox: ") && output.contains("# workspace to widget: "), output);
  }

  @Test
  void theServerGivesTheWidgetItsCardRefusalsAndHeaders() {
    Desks.Desk desk = Desks.open(Api.at(base), "Widget", 1, 2, 30);
    String site = Desks.ORIGIN;
    String url = desk.api().base() + "/api/v1/visitor/entry/" + desk.entryKey();

    Desks.Raw card = Desks.raw("GET", url, null, "Origin", site);
    assertEquals(200, card.status(), () -> card.asReply().toString());
    assertEquals(site, card.header("Access-Control-Allow-Origin"));
    var account = card.asReply().json().getJsonObject("account");
    assertEquals("Widget Support", account.getString("name"));
    assertEquals("Hi! How can we help?", account.getString("welcomeMessage"));
    assertTrue(account.getBoolean("open"));
    assertTrue(card.asReply().json().getString("chatUrl").endsWith("/c/" + desk.entryKey()));

    Desks.Raw refused = Desks.raw("GET", url, null, "Origin", "https://elsewhere.example.org");
    assertEquals(403, refused.status());
    assertEquals("https://elsewhere.example.org", refused.header("Access-Control-Allow-Origin"),
        "the refusal is readable cross-origin, so the widget can say why");
    assertTrue(refused.asReply().json().getString("type").endsWith("/origin-not-allowed"));
    assertEquals(404, Desks.raw("GET", desk.api().base() + "/api/v1/visitor/entry/NoSuchKey123", null).status());

    Desks.Raw embed = Desks.raw("GET", desk.api().base() + "/c/" + desk.entryKey() + "?embed=1", null);
    assertEquals(200, embed.status());
    assertTrue(embed.header("Content-Type").startsWith("text/html"));
    String csp = embed.header("Content-Security-Policy");
    assertTrue(csp.endsWith("frame-ancestors 'self' " + site), csp);
    assertTrue(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"), csp);
    assertTrue(new String(embed.body(), StandardCharsets.UTF_8).contains("/widget/assets/"));
    String hosted = Desks.raw("GET", desk.api().base() + "/c/" + desk.entryKey(), null)
        .header("Content-Security-Policy");
    assertTrue(hosted.endsWith("frame-ancestors 'self'"), "the full-screen page is framed by no one: " + hosted);
    Desks.Raw unknown = Desks.raw("GET", desk.api().base() + "/c/NoSuchKey123?embed=1", null);
    assertEquals(404, unknown.status());
    assertTrue(unknown.header("Content-Security-Policy").endsWith("frame-ancestors 'self'"));

    // A hidden panel only resumes an open conversation: nothing is created and no visit is recorded.
    Api.Reply none = desk.api().post("/api/v1/visitor/sessions", Json.createObjectBuilder()
        .add("entryKey", desk.entryKey()).add("resumeOnly", true).build());
    assertEquals(404, none.status(), none::toString);
    Desks.Visitor visitor = Desks.visit(desk);
    long visits = enterSessionEvents(desk);
    Api.Reply resumed = desk.api().post("/api/v1/visitor/sessions", Json.createObjectBuilder()
        .add("entryKey", desk.entryKey()).add("visitorToken", visitor.token()).add("resumeOnly", true).build());
    assertEquals(200, resumed.status(), resumed::toString);
    assertEquals(visitor.sessionId(), resumed.json().getJsonObject("session").getString("id"));
    assertEquals(visits, enterSessionEvents(desk), "resuming records no enter_session");

    Desks.Raw loader = Desks.raw("GET", desk.api().base() + "/widget.js", null);
    assertEquals(200, loader.status());
    assertEquals("public, max-age=300", loader.header("Cache-Control"));
    assertEquals("*", loader.header("Access-Control-Allow-Origin"));
    assertEquals("cross-origin", loader.header("Cross-Origin-Resource-Policy"));
    assertFalse(new String(loader.body(), StandardCharsets.UTF_8).isBlank());
    assertEquals(404, Desks.raw("GET", desk.api().base() + "/widget/panel.html", null).status(),
        "the panel is served only through /c/{key}, with its frame-ancestors");
  }

  private static long enterSessionEvents(Desks.Desk desk) {
    return desk.admin().get("/api/v1/sync?limit=1000").json().getJsonArray("events").stream()
        .filter(e -> "enter_session".equals(e.asJsonObject().getString("type")))
        .count();
  }
}
