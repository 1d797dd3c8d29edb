package dev.frontdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.frontdesk.testing.Desks.Visitor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A WebSocket client as a test uses one: send frames, and wait for frames that match. */
public final class LiveClient implements AutoCloseable {

  /** Looked up once: {@code Json.createReader} looks the provider up on the class path for every frame. */
  private static final jakarta.json.spi.JsonProvider JSONP = jakarta.json.spi.JsonProvider.provider();

  private final WebSocket socket;
  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private volatile java.util.function.Consumer<JsonObject> onFrame;

  private LiveClient(URI uri, String origin) {
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    socket = builder.buildAsync(uri, new Receiver()).join();
  }

  /** Connects to {@code path} ("/ws/agent") on the server whose API base is {@code httpBase}. */
  public static LiveClient connect(String httpBase, String path, String origin) {
    String base = httpBase.endsWith("/") ? httpBase.substring(0, httpBase.length() - 1) : httpBase;
    return new LiveClient(URI.create(base.replaceFirst("^http", "ws") + path), origin);
  }

  /** Hands every frame from now on to {@code consumer} instead of queueing it (for benchmarks). */
  public void onFrame(java.util.function.Consumer<JsonObject> consumer) {
    onFrame = consumer;
  }

  /** An agent's workspace connection on the server at {@code httpBase}, ready. */
  public static LiveClient agent(Api agent, String httpBase) {
    Api.Reply ticket = agent.post("/api/v1/realtime/tickets", Json.createObjectBuilder().build());
    assertEquals(200, ticket.status(), ticket::toString);
    LiveClient client = LiveClient.connect(httpBase, "/ws/agent", null);
    client.send(Json.createObjectBuilder().add("type", "hello").add("ticket", ticket.string("ticket")).build());
    client.await("ready", 10);
    return client;
  }

  /** A visitor's widget connection on the server at {@code httpBase}, ready, having seen up to {@code afterSeq}. */
  public static LiveClient visitor(Visitor visitor, String httpBase, int afterSeq) {
    LiveClient client = LiveClient.connect(httpBase, "/ws/visitor", Desks.ORIGIN);
    client.send(Json.createObjectBuilder().add("type", "hello").add("visitorToken", visitor.token()).add("sessionId", visitor.sessionId())
        .add("afterSeq", afterSeq).build());
    client.await("ready", 10);
    return client;
  }

  public static Predicate<JsonObject> message(String sessionId, int seq) {
    return f -> "message".equals(f.getString("type")) && sessionId.equals(f.getString("sessionId", null))
        && f.getInt("seq", -1) == seq;
  }

  public LiveClient send(JsonObject frame) {
    socket.sendText(frame.toString(), true).join();
    return this;
  }

  /** The next frame that matches, skipping others; fails after {@code seconds}. */
  public JsonObject await(Predicate<JsonObject> wanted, int seconds, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<JsonObject> skipped = new ArrayList<>();
    while (true) {
      long left = deadline - System.nanoTime();
      JsonObject frame;
      try {
        frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      if (frame == null) {
        throw new AssertionError("no " + what + " within " + seconds + " s; got " + skipped);
      }
      if (wanted.test(frame)) {
        return frame;
      }
      skipped.add(frame);
    }
  }

  public JsonObject await(String type, int seconds) {
    return await(f -> type.equals(f.getString("type")), seconds, "'" + type + "' frame");
  }

  /** Every frame received so far and within {@code millis} more, in order. */
  public List<JsonObject> drain(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<JsonObject> out = new ArrayList<>();
    frames.drainTo(out);
    return out;
  }

  /** The close code the server sent, waiting up to {@code seconds}. */
  public int closeCode(int seconds) {
    return closed.orTimeout(seconds, TimeUnit.SECONDS).join();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }

  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try (JsonReader reader = JSONP.createReader(new StringReader(partial.toString()))) {
          JsonObject frame = reader.readObject();
          java.util.function.Consumer<JsonObject> consumer = onFrame;
          if (consumer != null) {
            consumer.accept(frame);
          } else {
            frames.add(frame);
          }
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
