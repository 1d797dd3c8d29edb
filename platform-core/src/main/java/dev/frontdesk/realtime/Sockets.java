package dev.frontdesk.realtime;

import dev.frontdesk.api.JsonTrees;
import dev.frontdesk.entry.Origins;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What both live endpoints share: connection limits, the per-connection sender and stream, the JSON of
 * incoming frames, refusals. A connection starts unauthenticated; its first frame must be {@code hello}.
 */
public final class Sockets {

  private static final Logger LOG = Logger.getLogger(Sockets.class.getName());

  /** Clients ping every 30 s; a connection silent for longer than this is gone. */
  static final long IDLE_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(90);
  private static final int MAX_FRAME_CHARS = 16 * 1024;
  private static final String SENDER = "frontdesk.sender";
  private static final String STREAM = "frontdesk.stream";
  private static final String ORIGIN = "frontdesk.origin";
  private static final String HEARD = "frontdesk.heard";

  private Sockets() {}

  /** Keeps the handshake's Origin header for the endpoint (Tyrus copies these properties per connection). */
  public static class KeepOrigin extends ServerEndpointConfig.Configurator {
    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
      List<String> origin = request.getHeaders().get("Origin");
      if (origin == null) {
        origin = request.getHeaders().get("origin");
      }
      String value = origin == null || origin.isEmpty() ? null : origin.get(0);
      List<String> host = request.getHeaders().get("Host");
      if (host == null) {
        host = request.getHeaders().get("host");
      }
      if (host != null && !host.isEmpty() && Origins.sameHost(value, host.get(0))) {
        value = null; // a page Frontdesk served itself (the hosted chat, the widget's panel)
      }
      config.getUserProperties().put(ORIGIN, value);
    }
  }

  /** A new connection: silent ones are closed by {@link IdleSockets}, not by the container (see there why). */
  public static void opened(Session socket, IdleSockets idle) {
    socket.setMaxIdleTimeout(0);
    socket.setMaxTextMessageBufferSize(MAX_FRAME_CHARS);
    socket.getUserProperties().put(HEARD, new AtomicLong(System.currentTimeMillis()));
    socket.getUserProperties().put(SENDER, new SocketSender(socket));
    idle.track(socket);
  }

  /** When the client last sent a frame (any frame, pings included). */
  static long lastHeard(Session socket) {
    AtomicLong heard = (AtomicLong) socket.getUserProperties().get(HEARD);
    return heard == null ? 0 : heard.get();
  }

  public static SocketSender sender(Session socket) {
    return (SocketSender) socket.getUserProperties().get(SENDER);
  }

  public static String origin(Session socket) {
    return (String) socket.getUserProperties().get(ORIGIN);
  }

  public static Optional<LiveStream> stream(Session socket) {
    return Optional.ofNullable((LiveStream) socket.getUserProperties().get(STREAM));
  }

  /** Registers the connection's stream with the hub; from now on live envelopes reach it (held back until live). */
  public static void attach(Session socket, LiveStream stream, Hub hub) {
    socket.getUserProperties().put(STREAM, stream);
    hub.add(stream);
  }

  public static void closed(Session socket, Hub hub, IdleSockets idle) {
    stream(socket).ifPresent(hub::remove);
    idle.untrack(socket);
  }

  /** The frame as JSON with a {@code type}; otherwise tells the client what was wrong and returns empty. */
  public static Optional<JsonObject> parse(Session socket, String text) {
    AtomicLong heard = (AtomicLong) socket.getUserProperties().get(HEARD);
    if (heard != null) {
      heard.set(System.currentTimeMillis());
    }
    try {
      JsonObject frame = JsonTrees.object(text);
      if (frame.getString("type", null) != null) {
        return Optional.of(frame);
      }
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      // answered below
    }
    sender(socket).send(Frames.error("bad_frame", "Frames are JSON objects with a \"type\"."));
    return Optional.empty();
  }

  /** Handles what every connection can send at any time; true when the frame was one of those. */
  public static boolean common(Session socket, JsonObject frame) {
    if ("ping".equals(frame.getString("type"))) {
      sender(socket).send("{\"type\":\"pong\"}");
      return true;
    }
    return false;
  }

  /** Says why and closes: used for failed or missing authentication. */
  public static void refuse(Session socket, String code, String detail) {
    SocketSender sender = sender(socket);
    sender.send(Frames.error(code, detail));
    sender.closeAfterPending(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, code));
  }

  /** An unexpected failure while starting a connection: logged, and the client is told to reconnect later. */
  public static void failed(Session socket, RuntimeException e) {
    LOG.log(Level.WARNING, "a live connection failed to start", e);
    SocketSender sender = sender(socket);
    sender.send(Frames.error("unavailable", "The connection could not be started; reconnect in a moment."));
    sender.closeAfterPending(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "unavailable"));
  }

  /** True at most once per {@code everyMs} per connection and kind: typing indicators need no more. */
  public static boolean throttled(Session socket, String kind, long everyMs) {
    long now = System.currentTimeMillis();
    Long last = (Long) socket.getUserProperties().put("frontdesk.last." + kind, now);
    if (last != null && now - last < everyMs) {
      socket.getUserProperties().put("frontdesk.last." + kind, last);
      return true;
    }
    return false;
  }

  /** A UUID field of a frame, or null when absent or malformed. */
  public static UUID uuid(JsonObject frame, String field) {
    try {
      String text = frame.getString(field, null);
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException | ClassCastException e) {
      return null;
    }
  }

  /** An integer field of a frame, or null when absent, not a number or not a whole int. */
  public static Integer integer(JsonObject frame, String field) {
    JsonValue value = frame.get(field);
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  public static void unknown(Session socket, String type) {
    sender(socket).send(Frames.error("unknown_type", "Unknown frame type '" + type + "'."));
  }
}
