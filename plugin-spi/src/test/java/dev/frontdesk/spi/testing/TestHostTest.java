package dev.frontdesk.spi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.KeyValueStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestHostTest {

  private static final String ECHO = "dev/frontdesk/spi/testing/sample/echo-plugin.json";

  @Test
  void webhookMessagesBecomeSessionsOncePerExternalIdAndThread() throws Exception {
    try (TestHost host = TestHost.start(ECHO)) {
      host.bind("t1", "a1", Map.of("token", "s"));
      var first = host.http("POST", "/webhook?tenant=t1&id=m1&thread=x", "hi", null);
      var again = host.http("POST", "/webhook?tenant=t1&id=m1&thread=x", "hi", null);
      var other = host.http("POST", "/webhook?tenant=t1&id=m2&thread=y", "new thread", null);
      assertEquals(200, first.status());
      assertTrue(new String(again.body()).contains("\"duplicate\":true"));
      assertEquals(2, host.conversations().sessions().size());
      assertEquals(1, host.conversations().sessions().get(0).messages().size());
      assertTrue(new String(other.body()).contains(host.conversations().sessions().get(1).id()));
    }
  }

  @Test
  void privatePathsNeedACallerOfAnEnabledTenant() throws Exception {
    try (TestHost host = TestHost.start(ECHO)) {
      host.bind("t1", null, Map.of("token", "s", "greeting", "Hej"));
      assertEquals(401, host.http("GET", "/settings", null, null).status());
      var stranger = new HttpEndpoint.Caller("t2", "u", Set.of("tenant-admin"));
      assertEquals(404, host.http("GET", "/settings", null, stranger).status());
      var admin = new HttpEndpoint.Caller("t1", "u", Set.of("tenant-admin"));
      assertEquals("{\"greeting\":\"Hej\"}", new String(host.http("GET", "/settings", null, admin).body()));
    }
  }

  @Test
  void repliesGoThroughTheChannelAndTheStoreKeepsItsQuota() throws Exception {
    try (TestHost host = TestHost.start(ECHO)) {
      Binding b = host.bind("t1", "a1", Map.of("token", "s"));
      host.http("POST", "/webhook?tenant=t1&id=m1", "hi", null);
      String session = host.conversations().sessions().get(0).id();
      String external = host.reply(b, session, Content.text("hello back"));
      assertTrue(external.startsWith("echo-"));
      assertEquals(1, host.counter("sent"));
      assertEquals(2, host.conversations().session(session).messages().size());
      assertThrows(KeyValueStore.QuotaExceededException.class, () -> b.store().put("big", "x".repeat(2 * 1024 * 1024)));
    }
  }

  @Test
  void assistantTurnsCountPerSessionAndHandOff() throws Exception {
    try (TestHost host = TestHost.start(ECHO)) {
      Binding b = host.bind("t1", "a1", Map.of("token", "s"));
      host.ask(b, "s1", Content.text("hi"));
      var second = host.ask(b, "s1", Content.text("again"));
      assertEquals("Hello turn 2", ((Content.Text) ((AssistantPlugin.Answer) second).messages().get(0)).text());
      assertInstanceOf(AssistantPlugin.HandOff.class, host.ask(b, "I want a human"));
    }
  }

  @Test
  void configIsCheckedAgainstTheSchemaAndHttpAgainstDeclaredHosts() throws Exception {
    try (TestHost host = TestHost.start(ECHO)) {
      assertThrows(IllegalArgumentException.class, () -> host.bind("t1", null, Map.of()));
      assertThrows(IllegalArgumentException.class, () -> host.bind("t1", null, Map.of("token", "s", "nope", 1)));
      var request = HttpRequest.newBuilder(URI.create("http://not-declared.invalid/")).build();
      assertThrows(SecurityException.class, () -> host.context().http().send(request));
    }
  }
}
