package dev.frontdesk.workspace;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.MessageView;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.Typing;
import dev.frontdesk.realtime.Frames;
import dev.frontdesk.realtime.Hub;
import dev.frontdesk.realtime.IdleSockets;
import dev.frontdesk.realtime.Sockets;
import dev.frontdesk.realtime.Tickets;
import dev.frontdesk.reception.Reception;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.server.ServerEndpoint;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agent workspace's live connection, {@code /ws/agent}. First frame:
 * {@code {"type":"hello","ticket":"…","resume":[{"sessionId":"…","afterSeq":12}]}} with a ticket from
 * {@code POST /api/v1/realtime/tickets}; the answer replays the listed sessions' messages after those sequence
 * numbers and then streams every event the member may see. The agent may send {@code typing} (with
 * {@code sessionId}), {@code read} (with {@code sessionId} and {@code seq}, as {@code POST /sessions/{id}/read})
 * and {@code ping}.
 */
@ServerEndpoint("/ws/agent")
public class AgentSocket {

  private static final int PAGE = 200;
  private static final int MAX_RESUMED_SESSIONS = 100;
  private static final long TYPING_EVERY_MS = 1500;

  @Inject Tickets tickets;
  @Inject Inbox inbox;
  @Inject Reception reception;
  @Inject Typing typing;
  @Inject Hub hub;
  @Inject IdleSockets idle;
  @Resource ManagedExecutorService executor;

  @OnOpen
  public void open(jakarta.websocket.Session socket) {
    Sockets.opened(socket, idle);
  }

  @OnMessage
  public void message(jakarta.websocket.Session socket, String text) {
    Sockets.parse(socket, text).ifPresent(frame -> handle(socket, frame));
  }

  @OnClose
  public void close(jakarta.websocket.Session socket) {
    Sockets.closed(socket, hub, idle);
  }

  private void handle(jakarta.websocket.Session socket, JsonObject frame) {
    if (Sockets.common(socket, frame)) {
      return;
    }
    String type = frame.getString("type");
    AgentStream stream = (AgentStream) Sockets.stream(socket).orElse(null);
    if ("hello".equals(type)) {
      if (stream == null) {
        hello(socket, frame);
      }
      return;
    }
    if (stream == null) {
      Sockets.refuse(socket, "hello_first", "Send a hello frame with a ticket first.");
    } else if ("typing".equals(type) || "read".equals(type)) {
      try {
        if ("typing".equals(type)) {
          typing(socket, stream, frame);
        } else {
          read(stream, frame);
        }
      } catch (ProblemException e) {
        Sockets.sender(socket).send(Frames.error("refused", e.problem().detail()));
      }
    } else {
      Sockets.unknown(socket, type);
    }
  }

  private void hello(jakarta.websocket.Session socket, JsonObject frame) {
    Tickets.Holder holder = tickets.verify(frame.getString("ticket", null)).orElse(null);
    if (holder == null) {
      Sockets.refuse(socket, "unauthorized", "The ticket is missing, invalid or expired; get a new one.");
      return;
    }
    Inbox.Viewer viewer = new Inbox.Viewer(holder.memberId(), holder.supervises());
    JsonArray resume = frame.containsKey("resume") && frame.get("resume").getValueType() == JsonValue.ValueType.ARRAY
        ? frame.getJsonArray("resume") : JsonValue.EMPTY_JSON_ARRAY;
    if (resume.size() > MAX_RESUMED_SESSIONS) {
      Sockets.refuse(socket, "too_many", "Resume at most " + MAX_RESUMED_SESSIONS + " sessions per connection.");
      return;
    }
    try {
      TenantContext.runAs(holder.tenantId(), () -> {
        AgentStream stream = new AgentStream(
            holder.tenantId(), holder.memberId(), holder.supervises(), Sockets.sender(socket), reception::accountsOf,
            inbox::standing, executor);
        Sockets.attach(socket, stream, hub); // before reading history: nothing that commits from now on is missed
        Sockets.sender(socket).send(Frames.of("ready", null, null,
            Map.of("memberId", holder.memberId(), "supervises", holder.supervises())));
        for (JsonValue item : resume) {
          resume(stream, viewer, item);
        }
        stream.live();
      });
    } catch (RuntimeException e) { // never leave a half-started stream attached
      Sockets.closed(socket, hub, idle);
      Sockets.failed(socket, e);
    }
  }

  private void resume(AgentStream stream, Inbox.Viewer viewer, JsonValue item) {
    UUID sessionId = item instanceof JsonObject o ? Sockets.uuid(o, "sessionId") : null;
    int after = item instanceof JsonObject o ? Math.max(0, o.getInt("afterSeq", 0)) : 0;
    if (sessionId == null) {
      stream.out().send(Frames.error("bad_frame", "Each resume item is {\"sessionId\", \"afterSeq\"}."));
      return;
    }
    stream.clientHas(sessionId, after);
    try {
      while (true) {
        List<MessageView> page = inbox.messages(viewer, sessionId, after, PAGE);
        for (MessageView m : page) {
          stream.replay(sessionId, m.seq(), m);
          after = m.seq();
        }
        if (page.size() < PAGE) {
          return;
        }
      }
    } catch (ProblemException e) {
      stream.out().send(Frames.error("not_found", e.problem().detail()));
    }
  }

  private void read(AgentStream stream, JsonObject frame) {
    UUID sessionId = Sockets.uuid(frame, "sessionId");
    Integer seq = Sockets.integer(frame, "seq");
    if (sessionId == null || seq == null) {
      stream.out().send(Frames.error("bad_frame", "A read frame is {\"type\":\"read\",\"sessionId\",\"seq\"}."));
      return;
    }
    TenantContext.runAs(stream.tenantId(),
        () -> inbox.read(new Inbox.Viewer(stream.memberId(), stream.supervises()), sessionId, seq));
  }

  private void typing(jakarta.websocket.Session socket, AgentStream stream, JsonObject frame) {
    UUID sessionId = Sockets.uuid(frame, "sessionId");
    if (sessionId == null || Sockets.throttled(socket, "typing", TYPING_EVERY_MS)) {
      return;
    }
    TenantContext.runAs(stream.tenantId(), () -> {
      Session session = inbox.visible(new Inbox.Viewer(stream.memberId(), stream.supervises()), sessionId);
      typing.servicerTypes(session, stream.memberId());
    });
  }

}
