package dev.frontdesk.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.LiveClient;
import dev.frontdesk.testing.SecondInstance;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Frontdesk processes on one database, as in a cluster behind a load balancer: a visitor connected to one
 * and an agent connected to the other talk live, each side's writes going through its own instance.
 */
@ExtendWith(ArquillianExtension.class)
class TwoInstancesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void aVisitorOnOneInstanceAndAnAgentOnAnotherExchangeMessages() throws Exception {
    try (SecondInstance second = SecondInstance.start()) {
      Desk desk = Desks.open(Api.at(base), "Cluster", 1, 5, "round_robin");
      Api agent = desk.agents().get(0);
      Desk onSecond = new Desk(Api.at(URI.create(second.base()).toURL()), desk.company(), desk.admin(),
          desk.adminToken(), desk.accountId(), desk.entryKey(), desk.agentIds(), desk.agents(), desk.agentTokens());
      Visitor visitor = Desks.visit(onSecond, "two-instances"); // opened and talking through the second instance
      try (LiveClient workspace = LiveClient.agent(agent, base.toString());
          LiveClient widget = LiveClient.visitor(visitor, second.base(), 1)) {
        assertEquals(201, visitor.say("v-1", "Hello from instance two").status());
        JsonObject heard = workspace.await(LiveClient.message(visitor.sessionId(), 2), 10, "the message on instance one");
        assertEquals("Hello from instance two", heard.getJsonObject("data").getJsonObject("content").getString("text"));

        assertEquals(201, Desks.reply(agent, visitor.sessionId(), "a-1", "Hello from instance one").status());
        JsonObject answer = widget.await(LiveClient.message(visitor.sessionId(), 3), 10, "the reply on instance two");
        assertEquals("Hello from instance one", answer.getJsonObject("data").getJsonObject("content").getString("text"));
      }
    }
  }
}
