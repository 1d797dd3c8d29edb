package dev.frontdesk.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleSocketsTest {

  /** A connection that only knows its properties, whether it is open, and how it was closed. */
  static final class FakeSocket {
    final Map<String, Object> properties = new HashMap<>();
    boolean open = true;
    CloseReason closedWith;
    final Session session = (Session) Proxy.newProxyInstance(
        Session.class.getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getUserProperties" -> properties;
          case "isOpen" -> open;
          case "close" -> {
            closedWith = args == null ? null : (CloseReason) args[0];
            open = false;
            yield null;
          }
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> null;
        });
  }

  private static FakeSocket opened(IdleSockets idle, long silentForMs) {
    FakeSocket s = new FakeSocket();
    Sockets.opened(s.session, idle);
    ((AtomicLong) s.properties.get("frontdesk.heard")).set(System.currentTimeMillis() - silentForMs);
    return s;
  }

  @Test
  void aConnectionSilentPastTheTimeoutIsClosedAndOthersAreLeftAlone() {
    IdleSockets idle = new IdleSockets();
    FakeSocket silent = opened(idle, Sockets.IDLE_TIMEOUT_MS + 1_000);
    FakeSocket talking = opened(idle, 1_000);

    idle.sweep();

    assertFalse(silent.open);
    assertEquals(CloseReason.CloseCodes.GOING_AWAY, silent.closedWith.getCloseCode());
    assertNull(talking.closedWith);
  }

  @Test
  void aFrameFromTheClientCountsAsHeard() {
    IdleSockets idle = new IdleSockets();
    FakeSocket s = opened(idle, Sockets.IDLE_TIMEOUT_MS + 1_000);

    Sockets.parse(s.session, "{\"type\":\"ping\"}");
    idle.sweep();

    assertNull(s.closedWith, "a ping just arrived");
  }
}
