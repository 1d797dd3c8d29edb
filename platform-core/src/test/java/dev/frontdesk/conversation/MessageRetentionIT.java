package dev.frontdesk.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan's message retention on a real server: a session closed longer ago than the plan keeps messages (the IT
 * server signs companies up on Business, 1,095 days; the test backdates the close in the database) loses its
 * messages and files, and is marked; recent and open sessions keep theirs.
 */
@ExtendWith(ArquillianExtension.class)
class MessageRetentionIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void sessionsClosedBeyondThePlansRetentionLoseTheirMessagesAndFiles() throws Exception {
    Desk desk = Desks.open(Api.at(base), "retained", 1, 5, "round_robin");
    Api agent = desk.agents().get(0);

    Visitor old = Desks.visit(desk);
    assertEquals(201, old.say("o-1", "my order from long ago").status());
    Desks.Raw upload = Desks.raw("POST", base.toString().replaceAll("/$", "") + "/api/v1/visitor/attachments?sessionId="
            + old.sessionId() + "&kind=image&name=receipt.png", MediaIT.png(Color.GREEN),
        "X-Visitor-Token", old.token(), "Content-Type", "image/png", "Origin", Desks.ORIGIN);
    assertEquals(201, upload.status(), upload.asReply()::toString);
    JsonObject file = upload.asReply().json();
    assertEquals(201, old.send("o-2", "image", Json.createObjectBuilder().add("attachmentId", file.getString("id")).build()).status());
    assertEquals(201, Desks.reply(agent, old.sessionId(), "r-1", "Sorted!").status());
    assertEquals(200, agent.post("/api/v1/sessions/" + old.sessionId() + "/close", JsonValue.EMPTY_JSON_OBJECT).status());

    Visitor recent = Desks.visit(desk);
    assertEquals(201, recent.say("n-1", "a question from this week").status());
    assertEquals(200, agent.post("/api/v1/sessions/" + recent.sessionId() + "/close", JsonValue.EMPTY_JSON_OBJECT).status());

    Visitor open = Desks.visit(desk);
    assertEquals(201, open.say("p-1", "still talking").status());

    int recentMessages = messages(agent, recent);
    int openMessages = messages(agent, open);
    assertTrue(recentMessages > 0 && openMessages > 0);

    // Three years and a bit ago: past Business's 1,095 days. The open session started as long ago.
    sql("update sessions set created_at = now() - interval '1101 days', closed_at = now() - interval '1100 days'"
        + " where id = ?", old.sessionId());
    sql("update attachments set used_at = now() - interval '1100 days' where session_id = ?", old.sessionId());
    sql("update sessions set created_at = now() - interval '1101 days' where id = ?", open.sessionId());

    assertTrue(Desks.eventually(20, () -> agent.get("/api/v1/sessions/" + old.sessionId()).json()
        .get("messagesPurgedAt") instanceof jakarta.json.JsonString), "the old session's messages are deleted");
    assertEquals(0, agent.get("/api/v1/sessions/" + old.sessionId() + "/messages").array().size());
    Desks.Raw gone = Desks.raw("GET", base.toString().replaceAll("/$", "") + pathAndQuery(file.getString("url")), null);
    assertEquals(404, gone.status(), "the file sent in it is deleted too");

    assertEquals(recentMessages, messages(agent, recent), "a session closed this week keeps its messages");
    assertTrue(agent.get("/api/v1/sessions/" + recent.sessionId()).json().isNull("messagesPurgedAt"));
    assertEquals(openMessages, messages(agent, open), "an open session keeps its messages, however old");
    assertEquals(201, open.say("p-2", "and still here").status(), "an open session is never cut short");
    assertTrue(agent.get("/api/v1/sessions/" + open.sessionId()).json().isNull("messagesPurgedAt"));
  }

  private static int messages(Api agent, Visitor visitor) {
    return agent.get("/api/v1/sessions/" + visitor.sessionId() + "/messages").array().size();
  }

  private static String pathAndQuery(String url) {
    URI u = URI.create(url);
    return u.getRawPath() + "?" + u.getRawQuery();
  }

  private static void sql(String statement, String id) throws Exception {
    try (Connection c = TestDatabase.connectAsOwner(); PreparedStatement s = c.prepareStatement(statement)) {
      s.setObject(1, UUID.fromString(id));
      assertEquals(1, s.executeUpdate(), statement);
    }
  }
}
