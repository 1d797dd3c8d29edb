package dev.frontdesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reception policy's timed parts, run by the background job (every second in tests): idle sessions close
 * and free their place for the queue; sessions waiting off-hours are routed when the account opens.
 */
@ExtendWith(ArquillianExtension.class)
class ReceptionUpkeepIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void idleSessionsCloseAndTheQueueMovesUp() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Idle", 1, 1, 5);
    Visitor talking = Desks.visit(desk);
    assertEquals(201, talking.say("1", "hello").status());
    Visitor waiting = Desks.visit(desk);
    assertEquals(201, waiting.say("1", "me too").status());
    Visitor silent = Desks.visit(desk); // opened the chat, never wrote
    assertEquals("human", talking.session().getString("state"));
    assertEquals("queued", waiting.session().getString("state"));
    assertEquals("new", silent.session().getString("state"));

    // Six minutes without a word, for all three: the limit is five.
    ownerUpdate("update sessions set last_activity_at = last_activity_at - interval '6 minutes',"
        + " assigned_at = assigned_at - interval '6 minutes' where id in (?, ?, ?)",
        talking.sessionId(), waiting.sessionId(), silent.sessionId());
    assertTrue(Desks.eventually(30, () -> talking.session().getString("state").equals("closed")),
        "the quiet conversation closed");
    assertTrue(Desks.eventually(10, () -> waiting.session().getString("state").equals("human")),
        "the queued session took the freed place instead of closing: it waits for the business");
    assertEquals(desk.agentIds().get(0), waiting.session().getString("servicerId"));
    assertTrue(Desks.eventually(10, () -> silent.session().getString("state").equals("closed")));
    assertTrue(payloads(talking.sessionId()).stream().anyMatch(p -> p.contains("\"changeType\":\"closed\"")
        && p.contains("\"reason\":\"inactive\"")), "closed with the reason inactive");
    assertEquals(1, payloads(talking.sessionId()).stream().filter(p -> p.contains("\"changeType\":\"closed\"")).count(),
        "closed exactly once");

    // A session that was just handed over is not idle, however long ago its last message was.
    Visitor next = Desks.visit(desk);
    next.say("1", "hi");
    ownerUpdate("update sessions set last_activity_at = last_activity_at - interval '6 minutes' where id = ?",
        next.sessionId());
    desk.agents().get(0).post("/api/v1/sessions/" + waiting.sessionId() + "/close", Json.createObjectBuilder().build());
    assertTrue(Desks.eventually(10, () -> next.session().getString("state").equals("human")));
    Thread.sleep(3000); // several passes of the job
    assertEquals("human", next.session().getString("state"));

    // The customer writes again later: a new session, linked to the closed one.
    Api.Reply again = talking.say("2", "back again");
    assertEquals(201, again.status());
    assertEquals(talking.sessionId(), again.json().getJsonObject("session").getString("previousSessionId"));
  }

  @Test
  void sessionsWaitingOffHoursAreRoutedWhenTheAccountOpens() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Hours", 1, 5, 30);
    DayOfWeek closedToday = ZonedDateTime.now(ZoneOffset.UTC).getDayOfWeek().plus(3);
    Api.Reply hours = desk.admin().patch("/api/v1/accounts/" + desk.accountId(),
        Json.createObjectBuilder()
            .add("offHoursReply", "We are closed; we answer when we open.")
            .add("businessHours", Json.createObjectBuilder().add("timeZone", "UTC").add("days",
                Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("day", closedToday.name().substring(0, 3))
                    .add("ranges", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("from", "09:00").add("to", "17:00"))))))
            .build());
    assertEquals(200, hours.status(), hours::toString);
    Visitor visitor = Desks.visit(desk);
    visitor.say("1", "anyone there?");
    assertEquals("queued", visitor.session().getString("state"));
    JsonArray messages = visitor.api().get("/api/v1/visitor/messages?sessionId=" + visitor.sessionId()).json()
        .getJsonArray("messages");
    assertEquals("We are closed; we answer when we open.",
        messages.getJsonObject(messages.size() - 1).getJsonObject("content").getString("text"));
    ownerUpdate("update sessions set last_activity_at = last_activity_at - interval '2 hours' where id = ?",
        visitor.sessionId());
    Thread.sleep(3000);
    assertEquals("queued", visitor.session().getString("state"), "off-hours waiting is no inactivity");

    // The hours change underneath, as the clock passing the opening would: no API call tells reception.
    StringBuilder week = new StringBuilder("{\"timeZone\":\"UTC\",\"days\":[");
    for (DayOfWeek d : DayOfWeek.values()) {
      week.append(d.getValue() > 1 ? "," : "").append("{\"day\":\"").append(d.name(), 0, 3)
          .append("\",\"ranges\":[{\"from\":\"00:00\",\"to\":\"24:00\"}]}");
    }
    week.append("]}");
    try (Connection c = TestDatabase.connectAsOwner();
        PreparedStatement s = c.prepareStatement("update cs_accounts set business_hours = ? where id = ?")) {
      s.setString(1, week.toString());
      s.setObject(2, UUID.fromString(desk.accountId()));
      assertEquals(1, s.executeUpdate());
    }
    assertTrue(Desks.eventually(30, () -> visitor.session().getString("state").equals("human")),
        "routed once open");
    assertEquals(desk.agentIds().get(0), visitor.session().getString("servicerId"));
  }

  private static void ownerUpdate(String sql, String... ids) throws SQLException {
    try (Connection c = TestDatabase.connectAsOwner(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < ids.length; i++) {
        s.setObject(i + 1, UUID.fromString(ids[i]));
      }
      assertEquals(ids.length, s.executeUpdate());
    }
  }

  private static List<String> payloads(String sessionId) {
    try (Connection c = TestDatabase.connectAsOwner();
        PreparedStatement s = c.prepareStatement(
            "select payload from events where session_id = ? and type = 'session_status_change' order by id")) {
      s.setObject(1, UUID.fromString(sessionId));
      List<String> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
