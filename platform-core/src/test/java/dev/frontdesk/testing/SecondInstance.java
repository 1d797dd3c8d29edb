package dev.frontdesk.testing;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A second Frontdesk process (Payara Micro with the same WAR) on the test run's database, for tests that need
 * two instances: what one instance commits must reach connections held by the other.
 */
public final class SecondInstance implements AutoCloseable {

  private final Process process;
  private final String base;
  private final File log;

  private SecondInstance(Process process, String base, File log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  public static SecondInstance start() throws IOException, InterruptedException {
    int port = freePort();
    File log = new File(System.getProperty("frontdesk.it.data.dir", "target/it-data"), "../second-instance.log");
    List<String> command = new ArrayList<>(List.of(
        new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx768m",
        "-Dfrontdesk.data.dir=" + System.getProperty("frontdesk.it.data.dir"),
        "-Dfrontdesk.db.url=" + System.getProperty("frontdesk.it.db.url"),
        "-Dfrontdesk.db.user=" + System.getProperty("frontdesk.it.db.user"),
        "-Dfrontdesk.db.password=" + System.getProperty("frontdesk.it.db.password"),
        "-Dfrontdesk.db.migration.user=" + System.getProperty("frontdesk.it.db.migration.user"),
        "-Dfrontdesk.db.migration.password=" + System.getProperty("frontdesk.it.db.migration.password"),
        // As in arquillian.xml: webhooks to the test JVM's receiver on 127.0.0.1, retried quickly.
        "-Dfrontdesk.webhooks.allow-insecure=true", "-Dfrontdesk.webhooks.retry-base=PT1S",
        "-Dfrontdesk.billing.signup-plan=business"));
    for (String option : System.getProperty("frontdesk.it.identity.options", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.addAll(List.of(
        "-jar", System.getProperty("payara.micro.jar"), "--nocluster", "--port", String.valueOf(port),
        "--deploy", System.getProperty("frontdesk.it.war")));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
    SecondInstance instance = new SecondInstance(process, "http://127.0.0.1:" + port + "/", log);
    instance.awaitReady();
    return instance;
  }

  /** The instance's base URL, ending in "/". */
  public String base() {
    return base;
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 480_000; // generous: CI machines may be busy
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the second instance exited; see " + log);
      }
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + "health/ready").toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(2000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("the second instance was not ready in 8 minutes; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
