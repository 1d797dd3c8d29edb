package dev.frontdesk.workspace;

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
 * The agent workspace in a real browser (tenant-admin-ui/e2e/workspace.mjs, Playwright with headless Chromium)
 * against the deployed platform: an agent signs in through the UI while visitors write through the visitor API;
 * a first message must reach the agent's inbox within a second, the agent answers through the composer, sends an
 * image, pauses and resumes, claims a queued customer and closes a session. The script prints each step and the
 * measured latency; it saves a screenshot of the workspace to tenant-admin-ui/target/e2e/workspace.png.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void anAgentServesVisitorsInTheWorkspace() throws IOException, InterruptedException {
    File uiDir = new File(System.getProperty("frontdesk.it.ui.dir", "../tenant-admin-ui"));
    String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    assertTrue(new File(chromium).canExecute(),
        "Chromium is needed for the browser test: apt-get install -y chromium (or set CHROMIUM_PATH)");
    ProcessBuilder node =
        new ProcessBuilder("node", "e2e/workspace.mjs")
            .directory(uiDir)
            .redirectErrorStream(true);
    node.environment().put("BASE_URL", base.toString());
    node.environment().put("CHROMIUM_PATH", chromium);
    Process process = node.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    System.out.println(output);
    assertTrue(finished, "the browser test did not finish in 5 minutes");
    assertEquals(0, process.exitValue(), () -> "browser test failed:\n" + output);
    assertTrue(output.contains(" 0 failed"), output);
    assertTrue(output.contains("# inbox latency: "), output);
  }
}
