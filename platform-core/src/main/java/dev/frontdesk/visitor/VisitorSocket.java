package dev.frontdesk.visitor;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.MessageView;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.conversation.SessionView;
import dev.frontdesk.conversation.Typing;
import dev.frontdesk.realtime.Frames;
import dev.frontdesk.realtime.Hub;
import dev.frontdesk.realtime.IdleSockets;
import dev.frontdesk.realtime.LiveStream;
import dev.frontdesk.realtime.Sockets;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.server.ServerEndpoint;
import java.util.List;
import java.util.UUID;

/**
 * The visitor's live connection, {@code /ws/visitor}. First frame:
 * {@code {"type":"hello","visitorToken":"…","sessionId":"…","afterSeq":12}}; the answer replays the messages
 * after {@code afterSeq} and then streams live ({@code message}, {@code session_status_change}, {@code recall},
 * {@code typing}, {@code read} by staff, {@code queue_position}). The visitor may send {@code typing},
 * {@code read} (with {@code sessionId} and {@code seq}) and {@code ping}; messages are sent over HTTP, where they
 * get their problem responses.
 */
@ServerEndpoint(value = "/ws/visitor", configurator = Sockets.KeepOrigin.class)
public class VisitorSocket {

  private static final int PAGE = 200;
  private static final long TYPING_EVERY_MS = 1500;

  @Inject VisitorTokens tokens;
  @Inject VisitorChat chat;
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
    VisitorStream stream = (VisitorStream) Sockets.stream(socket).orElse(null);
    if ("hello".equals(type)) {
      if (stream == null) {
        hello(socket, frame);
      }
      return;
    }
    if (stream == null) {
      Sockets.refuse(socket, "hello_first", "Send a hello frame with your visitor token first.");
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
    VisitorTokens.Holder holder = tokens.verify(frame.getString("visitorToken", null)).orElse(null);
    UUID sessionId = Sockets.uuid(frame, "sessionId");
    if (holder == null || sessionId == null) {
      Sockets.refuse(socket, "unauthorized", "The hello frame needs a valid visitorToken and sessionId.");
      return;
    }
    String origin = Sockets.origin(socket);
    VisitorStream stream =
        new VisitorStream(holder.tenantId(), holder.customerId(), origin, Sockets.sender(socket), chat, executor);
    int afterSeq = Math.max(0, frame.getInt("afterSeq", 0));
    try {
      TenantContext.runAs(holder.tenantId(), () -> {
        SessionView view = chat.session(holder.customerId(), sessionId, origin);
        Sockets.attach(socket, stream, hub); // before reading history: nothing that commits from now on is missed
        stream.clientHas(sessionId, afterSeq);
        Sockets.sender(socket).send(Frames.of("ready", sessionId, null, view));
        replay(stream, holder.customerId(), sessionId, origin, afterSeq);
        if (view.stateCode() == SessionState.QUEUED.code()) {
          stream.waiting(sessionId, view.accountId());
        }
      });
      stream.live();
    } catch (ProblemException e) {
      Sockets.closed(socket, hub, idle);
      Sockets.refuse(socket, "refused", e.problem().detail());
    } catch (RuntimeException e) { // never leave a half-started stream attached
      Sockets.closed(socket, hub, idle);
      Sockets.failed(socket, e);
    }
  }

  private void replay(LiveStream stream, UUID customerId, UUID sessionId, String origin, int afterSeq) {
    int after = afterSeq;
    while (true) {
      List<MessageView> page = chat.messages(customerId, sessionId, origin, after, PAGE).messages();
      for (MessageView m : page) {
        stream.replay(sessionId, m.seq(), m);
        after = m.seq();
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  /** The same as {@code POST /visitor/read}; the origin is the handshake's. */
  private void read(VisitorStream stream, JsonObject frame) {
    UUID sessionId = Sockets.uuid(frame, "sessionId");
    Integer seq = Sockets.integer(frame, "seq");
    if (sessionId == null || seq == null) {
      stream.out().send(Frames.error("bad_frame", "A read frame is {\"type\":\"read\",\"sessionId\",\"seq\"}."));
      return;
    }
    TenantContext.runAs(stream.tenantId(), () -> chat.read(stream.customerId(), sessionId, stream.origin(), seq));
  }

  private void typing(jakarta.websocket.Session socket, VisitorStream stream, JsonObject frame) {
    UUID sessionId = Sockets.uuid(frame, "sessionId");
    if (sessionId == null || Sockets.throttled(socket, "typing", TYPING_EVERY_MS)) {
      return;
    }
    TenantContext.runAs(stream.tenantId(), () -> {
      Session session = chat.ownSession(stream.customerId(), sessionId);
      typing.customerTypes(session);
    });
  }
}
