package dev.frontdesk.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * not on the allow-list is refused; a queued visitor sees their place; Chinese UI; a phone-sized screen.
 */
@ExtendWith(ArquillianExtension.class)
class WidgetBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

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
