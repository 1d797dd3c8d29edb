package dev.frontdesk.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.LiveClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Visitors and agents connected over WebSocket: live messages, typing, queue places, resume, refusals. */
@ExtendWith(ArquillianExtension.class)
class RealtimeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void visitorAndAgentHearEachOtherLive() {
    Desk desk = Desks.open(Api.at(base), "Live", 1, 5, "round_robin");
    try (LiveClient agent = LiveClient.agent(desk.agents().get(0), base.toString())) {
      Visitor visitor = Desks.visit(desk, "live-1");
      try (LiveClient widget = LiveClient.visitor(visitor, base.toString(), 1)) {
        assertEquals(201, visitor.say("v-1", "Hello?").status());
        JsonObject heard = agent.await(LiveClient.message(visitor.sessionId(), 2), 10, "the visitor's message at the agent");
        assertEquals("Hello?", heard.getJsonObject("data").getJsonObject("content").getString("text"));

        widget.send(Json.createObjectBuilder().add("type", "typing").add("sessionId", visitor.sessionId()).build());
        JsonObject typing = agent.await("typing", 10);
        assertEquals("customer", typing.getJsonObject("data").getString("from"));

        agent.send(Json.createObjectBuilder().add("type", "typing").add("sessionId", visitor.sessionId()).build());
        assertEquals("servicer", widget.await("typing", 10).getJsonObject("data").getString("from"));
        assertEquals(201, Desks.reply(desk.agents().get(0), visitor.sessionId(), "a-1", "Hi there").status());
        JsonObject answer = widget.await(LiveClient.message(visitor.sessionId(), 3), 10, "the agent's reply at the visitor");
        assertEquals("Hi there", answer.getJsonObject("data").getJsonObject("content").getString("text"));
        assertEquals("servicer", answer.getJsonObject("data").getJsonObject("sender").getString("type"));
      }
    }
  }

  @Test
  void reconnectResumesFromTheLastSequenceNumberWithoutGapsOrDuplicates() {
    Desk desk = Desks.open(Api.at(base), "Resume", 1, 5, "round_robin");
    Api agent = desk.agents().get(0);
    Visitor visitor = Desks.visit(desk, null);
    assertEquals(201, visitor.say("v-1", "Are you there?").status());
    int lastSeen;
    try (LiveClient widget = LiveClient.visitor(visitor, base.toString(), 0)) {
      widget.await(LiveClient.message(visitor.sessionId(), 2), 10, "history replayed up to the visitor's message");
      lastSeen = 2;
    }
    for (int i = 1; i <= 3; i++) { // written while the visitor is offline
      assertEquals(201, Desks.reply(agent, visitor.sessionId(), "off-" + i, "Offline " + i).status());
    }
    try (LiveClient widget = LiveClient.visitor(visitor, base.toString(), lastSeen)) {
      assertEquals(201, Desks.reply(agent, visitor.sessionId(), "on-1", "Live again").status());
      widget.await(LiveClient.message(visitor.sessionId(), 6), 10, "the live message after the replay");
      List<Integer> seqs = widget.drain(500).stream()
          .filter(f -> "message".equals(f.getString("type"))).map(f -> f.getInt("seq")).toList();
      assertEquals(List.of(), seqs, "nothing after the last message, and nothing twice");
    }
    try (LiveClient widget = LiveClient.visitor(visitor, base.toString(), lastSeen)) {
      List<Integer> seqs = widget.drain(1500).stream()
          .filter(f -> "message".equals(f.getString("type"))).map(f -> f.getInt("seq")).toList();
      assertEquals(List.of(3, 4, 5, 6), seqs, "exactly the missed messages, in order");
    }
  }

  @Test
  void queuedVisitorsHearTheirPlaceMove() {
    Desk desk = Desks.open(Api.at(base), "Places", 1, 1, "round_robin");
    Visitor first = Desks.visit(desk, null);
    assertEquals(201, first.say("v-1", "First").status());
    Visitor second = Desks.visit(desk, null);
    assertEquals(201, second.say("v-1", "Second").status());
    Visitor third = Desks.visit(desk, null);
    assertEquals(201, third.say("v-1", "Third").status());
    try (LiveClient two = LiveClient.visitor(second, base.toString(), 2);
        LiveClient three = LiveClient.visitor(third, base.toString(), 2)) {
      assertEquals(1, position(two.await("queue_position", 10)));
      assertEquals(2, position(three.await("queue_position", 10)));

      Api.Reply closed = desk.agents().get(0).post("/api/v1/sessions/" + first.sessionId() + "/close", Json.createObjectBuilder().build());
      assertEquals(200, closed.status(), closed::toString);
      JsonObject taken = two.await(f -> "session_status_change".equals(f.getString("type")), 10, "the assignment");
      assertEquals(3, taken.getJsonObject("data").getInt("toState"));
      assertEquals(1, position(three.await("queue_position", 10)), "the third visitor moved up");
    }
  }

  @Test
  void connectionsWithoutValidCredentialsAreRefusedWithAReason() {
    Desk desk = Desks.open(Api.at(base), "Refuse", 1, 5, "round_robin");
    try (LiveClient agent = LiveClient.connect(base.toString(), "/ws/agent", null)) {
      agent.send(hello().add("ticket", "t1.forged").build());
      assertEquals("unauthorized", agent.await("error", 10).getJsonObject("data").getString("code"));
      assertEquals(1008, agent.closeCode(10));
    }
    Visitor one = Desks.visit(desk, null);
    Visitor other = Desks.visit(desk, null);
    try (LiveClient widget = LiveClient.connect(base.toString(), "/ws/visitor", Desks.ORIGIN)) {
      widget.send(hello().add("visitorToken", one.token()).add("sessionId", other.sessionId()).build());
      assertEquals("refused", widget.await("error", 10).getJsonObject("data").getString("code"));
    }
    try (LiveClient widget = LiveClient.connect(base.toString(), "/ws/visitor", "https://elsewhere.example")) {
      widget.send(hello().add("visitorToken", one.token()).add("sessionId", one.sessionId()).build());
      JsonObject refused = widget.await("error", 10);
      assertTrue(refused.getJsonObject("data").getString("detail").contains("https://elsewhere.example"), refused::toString);
    }
    try (LiveClient widget = LiveClient.connect(base.toString(), "/ws/visitor", Desks.ORIGIN)) {
      widget.send(Json.createObjectBuilder().add("type", "typing").build());
      assertEquals("hello_first", widget.await("error", 10).getJsonObject("data").getString("code"));
    }
  }

  private static int position(JsonObject frame) {
    return frame.getJsonObject("data").getInt("position");
  }

  private static jakarta.json.JsonObjectBuilder hello() {
    return Json.createObjectBuilder().add("type", "hello");
  }
}
