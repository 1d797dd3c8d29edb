package dev.frontdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Playwright script of tenant-admin-ui/e2e in headless Chromium against the deployed platform, and fails
 * the test unless it reports no failed step. The scripts print "ok - …" / "not ok - …" and "N passed, M failed".
 */
public final class BrowserScripts {

  private static final long TIMEOUT_MINUTES = 8;

  private BrowserScripts() {}

  /** Runs {@code e2e/<script>} with BASE_URL set to the deployment, plus {@code env}; returns its output. */
  public static String run(URL base, String script, Map<String, String> env) throws InterruptedException {
    File uiDir = new File(System.getProperty("frontdesk.it.ui.dir", "../tenant-admin-ui"));
    String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    assertTrue(new File(chromium).canExecute(),
        "Chromium is needed for the browser tests: scripts/test-prerequisites.sh installs it (or set CHROMIUM_PATH)");
    ProcessBuilder node = new ProcessBuilder("node", "e2e/" + script).directory(uiDir).redirectErrorStream(true);
    node.environment().put("BASE_URL", base.toString());
    node.environment().put("CHROMIUM_PATH", chromium);
    node.environment().putAll(env);
    Process process;
    try {
      process = node.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start node for " + script, e);
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(process.getInputStream(), output), "e2e-output");
    reader.start();
    boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly(); // a hung browser must not hang the build
    }
    reader.join(10_000);
    String text = output.toString(StandardCharsets.UTF_8);
    System.out.println(text);
    assertTrue(finished, () -> script + " did not finish in " + TIMEOUT_MINUTES + " minutes:\n" + text);
    assertEquals(0, process.exitValue(), () -> script + " failed:\n" + text);
    assertTrue(text.contains(" 0 failed"), text);
    return text;
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try (in) {
      in.transferTo(out);
    } catch (IOException ignored) {
      // the process ended; what was read stands
    }
  }
}
