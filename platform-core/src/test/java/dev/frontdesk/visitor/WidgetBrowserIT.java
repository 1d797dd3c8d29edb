package dev.frontdesk.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.FrontdeskWar;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visitor widget in a real browser: headless Chromium, driven by Playwright (tenant-admin-ui/e2e/widget.mjs),
 * against the deployed platform. A site with a strict CSP embeds widget.js; a visitor and an agent chat; a site
 * not on the allow-list is refused; a queued visitor sees their place; Chinese UI; a phone-sized screen. And,
 * without a browser, what the server promises the widget: the entry card, refusals and headers.
 */
@ExtendWith(ArquillianExtension.class)
class WidgetBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

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

    Desks.Raw loader = Desks.raw("GET", desk.api().base() + "/widget.js", null);
    assertEquals(200, loader.status());
    assertEquals("public, max-age=300", loader.header("Cache-Control"));
    assertEquals("*", loader.header("Access-Control-Allow-Origin"));
    assertEquals("cross-origin", loader.header("Cross-Origin-Resource-Policy"));
    assertFalse(new String(loader.body(), StandardCharsets.UTF_8).isBlank());
    assertEquals(404, Desks.raw("GET", desk.api().base() + ChatPage.PANEL, null).status(),
        "the panel is served only through /c/{key}, with its frame-ancestors");
  }

  @Test
  void aVisitorChatsThroughTheWidgetOnAStrictSite() throws IOException, InterruptedException {
    File uiDir = new File(System.getProperty("frontdesk.it.ui.dir", "../tenant-admin-ui"));
    String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    assertTrue(new File(chromium).canExecute(),
        "Chromium is needed for the browser test: apt-get install -y chromium (or set CHROMIUM_PATH)");
    ProcessBuilder node =
        new ProcessBuilder("node", "e2e/widget.mjs").directory(uiDir).redirectErrorStream(true);
    node.environment().put("BASE_URL", base.toString());
    node.environment().put("CHROMIUM_PATH", chromium);
    Process process = node.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    System.out.println(output);
    assertTrue(finished, "the browser test did not finish in 5 minutes");
    assertEquals(0, process.exitValue(), () -> "browser test failed:\n" + output);
    assertTrue(output.contains(" 0 failed"), output);
  }
}
