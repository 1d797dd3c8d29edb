package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookClientTest {

  private HttpServer server;
  private final Map<String, String> seen = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", exchange -> {
      seen.put("signature", exchange.getRequestHeaders().getFirst("Frontdesk-Signature"));
      seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.createContext("/broken", exchange -> {
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/ok");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private OutgoingDelivery to(String path) {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return new OutgoingDelivery(url, UUID.randomUUID(), "message", 1, List.of(WebhookSignature.newSecret()),
        "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void postsTheSignedBodyAndReportsTheStatus() {
    WebhookClient client = new WebhookClient(Duration.ofSeconds(5), true);
    AttemptResult ok = client.send(to("/ok"), Instant.now());
    assertEquals(204, ok.statusCode());
    assertTrue(ok.succeeded());
    assertNull(ok.error());
    assertEquals("{\"a\":1}", seen.get("body"));
    assertTrue(seen.get("signature").startsWith("t="), seen.toString());
    AttemptResult broken = client.send(to("/broken"), Instant.now());
    assertEquals(503, broken.statusCode());
    assertEquals("HTTP 503", broken.error());
  }

  @Test
  void doesNotFollowRedirects() {
    AttemptResult moved = new WebhookClient(Duration.ofSeconds(5), true).send(to("/moved"), Instant.now());
    assertEquals(302, moved.statusCode());
    assertFalse(moved.succeeded());
    assertNull(seen.get("body"), "the redirect target was not called");
  }

  @Test
  void givesUpOnASlowReceiver() {
    AttemptResult slow = new WebhookClient(Duration.ofMillis(300), true).send(to("/slow"), Instant.now());
    assertNull(slow.statusCode());
    assertFalse(slow.succeeded());
    assertTrue(slow.duration().compareTo(Duration.ofSeconds(2)) < 0, slow.toString());
  }

  @Test
  void refusesLoopbackUnlessInsecureModeAllowsIt() {
    AttemptResult refused = new WebhookClient(Duration.ofSeconds(5), false).send(to("/ok"), Instant.now());
    assertNull(refused.statusCode());
    assertTrue(refused.error().startsWith("refused: 127.0.0.1 resolves to an internal address"), refused.error());
    assertNull(seen.get("body"), "nothing was sent");
  }
}
