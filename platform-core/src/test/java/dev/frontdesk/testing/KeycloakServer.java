package dev.frontdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Keycloak for one test run, from the distribution failsafe unpacks ({@code frontdesk.it.keycloak.home}): dev
 * mode on a free port of 127.0.0.1, an in-memory database (every run starts from an empty master realm), and a
 * JDK 21+ of its own, since the build itself may run on 17. Frontdesk then sets up its realm as in production.
 */
public final class KeycloakServer {

  public static final String ADMIN_USER = "it-admin";
  public static final String ADMIN_PASSWORD = "it-admin-password";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(420); // busy CI machines start it slowly

  private final Process process;
  private final String url;

  private KeycloakServer(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  public String url() {
    return url;
  }

  static KeycloakServer start() {
    Path home = Path.of(required("frontdesk.it.keycloak.home"));
    Path script = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(
          script + " is missing: the Keycloak distribution is unpacked by 'mvn verify' (pre-integration-test)");
    }
    script.toFile().setExecutable(true);
    Path javaHome = javaHome();
    int port = freePort();
    String url = "http://127.0.0.1:" + port;
    Path log = Path.of(System.getProperty("frontdesk.it.keycloak.log", "target/keycloak.log")).toAbsolutePath();
    List<String> command =
        List.of(
            script.toString(), "start-dev", "--http-port=" + port, "--http-host=127.0.0.1", "--db=dev-mem",
            "--http-management-port=" + freePort());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    System.out.println("[frontdesk-it] starting Keycloak at " + url + " (JDK " + javaHome + ", log " + log + ")");
    Instant started = Instant.now();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + script, e);
    }
    KeycloakServer server = new KeycloakServer(process, url);
    try {
      server.awaitReady(started, log);
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
    System.out.println(
        "[frontdesk-it] Keycloak ready at " + url + " after " + Duration.between(started, Instant.now()).toSeconds() + " s");
    return server;
  }

  private void awaitReady(Instant started, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = started.plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url + "/realms/master")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(1000);
    }
    throw new IllegalStateException(
        "Keycloak did not answer at " + url + " within " + START_TIMEOUT.toSeconds() + " s; see " + log);
  }

  /** The options that point Payara Micro's Frontdesk at this Keycloak. */
  String frontdeskOptions() {
    return "-Dfrontdesk.identity=keycloak -Dfrontdesk.keycloak.url=" + url
        + " -Dfrontdesk.keycloak.admin.user=" + ADMIN_USER
        + " -Dfrontdesk.keycloak.admin.password=" + ADMIN_PASSWORD
        // Keycloak only redirects to http://localhost/*; the tests catch that redirect rather than follow it.
        + " -Dfrontdesk.public-url=http://localhost";
  }

  void exportSystemProperties() {
    System.setProperty("frontdesk.it.keycloak.url", url);
    System.setProperty("frontdesk.it.keycloak.admin.user", ADMIN_USER);
    System.setProperty("frontdesk.it.keycloak.admin.password", ADMIN_PASSWORD);
  }

  /** Stops Keycloak and every process kc.sh started. */
  void stop() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
    System.out.println("[frontdesk-it] Keycloak stopped");
  }

  /**
   * A JDK that can run Keycloak (21 or newer): {@code frontdesk.it.keycloak.java}, {@code KEYCLOAK_JAVA_HOME}, a
   * JDK 25 or 21 under /usr/lib/jvm, or the JDK running the tests if it is new enough.
   */
  static Path javaHome() {
    Optional<String> configured =
        Optional.ofNullable(System.getProperty("frontdesk.it.keycloak.java"))
            .or(() -> Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")))
            .filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      Path home = Path.of(configured.get());
      if (!Files.isExecutable(home.resolve("bin/java"))) {
        throw new IllegalStateException("no bin/java in " + home + " (frontdesk.it.keycloak.java / KEYCLOAK_JAVA_HOME)");
      }
      return home;
    }
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
    File[] jvms = new File("/usr/lib/jvm").listFiles(File::isDirectory);
    if (jvms != null) {
      Stream.of(jvms)
          .map(File::getName)
          .filter(n -> n.matches(".*\\b(21|25)\\b.*") || n.contains("-21") || n.contains("-25"))
          .sorted()
          .forEach(n -> candidates.add(Path.of("/usr/lib/jvm", n)));
    }
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate.resolve("bin/java"))) {
        return candidate;
      }
    }
    if (Runtime.version().feature() >= 21) {
      return Path.of(System.getProperty("java.home"));
    }
    throw new IllegalStateException(
        "Keycloak needs a JDK 21 or newer, and none was found: install one (for example the Debian package "
            + "openjdk-21-jdk-headless, or Temurin 21/25 under /usr/lib/jvm), or point -Dfrontdesk.it.keycloak.java "
            + "or KEYCLOAK_JAVA_HOME at it");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(property + " is not set: run the Keycloak tests through 'mvn verify'");
    }
    return value;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
