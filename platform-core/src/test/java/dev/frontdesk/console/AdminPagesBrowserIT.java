package dev.frontdesk.console;

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
 * The console's admin pages in headless Chromium (tenant-admin-ui/e2e/admin-pages.mjs) against the deployed
 * platform: a CS account with avatar and business hours, its reception policy, a servicer whose status and load
 * the board shows live, an entry point with link, QR code and snippet, and what supervisors and agents may see.
 *
 * <p>{@code -Dfrontdesk.it.screenshots=../docs/screenshots} also saves the entry point page there (the README's
 * picture); by default it goes to tenant-admin-ui/target/e2e only, so test runs leave the sources alone.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPagesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void adminsSetUpAnAccountWithPolicyServicersAndEntryPointInTheBrowser() throws IOException, InterruptedException {
    File uiDir = new File(System.getProperty("frontdesk.it.ui.dir", "../tenant-admin-ui"));
    String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    assertTrue(new File(chromium).canExecute(),
        "Chromium is needed for the browser test: apt-get install -y chromium (or set CHROMIUM_PATH)");
    ProcessBuilder node =
        new ProcessBuilder("node", "e2e/admin-pages.mjs").directory(uiDir).redirectErrorStream(true);
    node.environment().put("BASE_URL", base.toString());
    node.environment().put("CHROMIUM_PATH", chromium);
    String screenshots = System.getProperty("frontdesk.it.screenshots");
    if (screenshots != null && !screenshots.isBlank()) {
      node.environment().put("SCREENSHOT_DIR", new File(screenshots).getAbsolutePath());
    }
    Process process = node.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    System.out.println(output);
    assertTrue(finished, "the browser test did not finish in 5 minutes");
    assertEquals(0, process.exitValue(), () -> "browser test failed:\n" + output);
    assertTrue(output.contains(" 0 failed"), output);
  }
}
