package dev.frontdesk.visitor;

import dev.frontdesk.api.JsonTrees;
import dev.frontdesk.conversation.Reads;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.conversation.SessionView;
import dev.frontdesk.events.EventType;
import dev.frontdesk.realtime.Envelope;
import dev.frontdesk.realtime.Frames;
import dev.frontdesk.realtime.LiveStream;
import dev.frontdesk.realtime.SocketSender;
import dev.frontdesk.tenancy.TenantContext;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one visitor's connection hears: messages, state changes, recalls, servicer typing and staff reads in their
 * own sessions (all of them, so a reopened session keeps flowing), and their place while they wait in a queue.
 * Never internal notes.
 */
final class VisitorStream extends LiveStream {

  private static final Set<String> FORWARDED =
      Set.of(EventType.MESSAGE, EventType.SESSION_STATUS_CHANGE, EventType.RECALL, EventType.TYPING, EventType.READ);

  private final UUID customerId;
  private final String origin;
  private final VisitorChat chat;
  private final Executor executor;
  private final AtomicBoolean positionPending = new AtomicBoolean();
  private volatile UUID queuedSession;
  private volatile UUID queuedAccount;
  private volatile Integer lastPosition;

  VisitorStream(UUID tenantId, UUID customerId, String origin, SocketSender out, VisitorChat chat, Executor executor) {
    super(tenantId, out);
    this.customerId = customerId;
    this.origin = origin;
    this.chat = chat;
    this.executor = executor;
  }

  UUID customerId() {
    return customerId;
  }

  String origin() {
    return origin;
  }

  @Override
  protected boolean wants(Envelope e) {
    if (EventType.QUEUE_CHANGED.equals(e.type())) {
      if (queuedAccount != null && queuedAccount.equals(e.accountId())) {
        refreshPosition();
      }
      return false;
    }
    return customerId.equals(e.customerId())
        && FORWARDED.contains(e.type())
        && !(EventType.TYPING.equals(e.type()) && e.servicerId() == null) // their own typing
        && !(EventType.READ.equals(e.type()) && !Reads.STAFF.equals(field(e.data(), "reader"))); // their own reads
  }

  @Override
  protected void sent(Envelope e) {
    if (!EventType.SESSION_STATUS_CHANGE.equals(e.type()) || e.data() == null) {
      return;
    }
    if (toState(e.data()) == SessionState.QUEUED.code()) {
      waiting(e.sessionId(), e.accountId());
    } else if (e.sessionId().equals(queuedSession)) {
      queuedSession = null;
      queuedAccount = null;
      lastPosition = null;
    }
  }

  /** The visitor's session waits in its account's queue: tell them where, now and whenever it moves. */
  void waiting(UUID sessionId, UUID accountId) {
    queuedSession = sessionId;
    queuedAccount = accountId;
    refreshPosition();
  }

  /** Coalesced: many queue changes in a burst cost one lookup. Runs off the listener thread. */
  private void refreshPosition() {
    if (!positionPending.compareAndSet(false, true)) {
      return;
    }
    executor.execute(() -> {
      positionPending.set(false);
      UUID sessionId = queuedSession;
      if (sessionId == null) {
        return;
      }
      SessionView view = TenantContext.callAs(tenantId(), () -> chat.session(customerId, sessionId, origin));
      if (view.queuePosition() != null && !view.queuePosition().equals(lastPosition)) {
        lastPosition = view.queuePosition();
        out.send(Frames.of(EventType.QUEUE_POSITION, sessionId, null, Map.of("position", view.queuePosition())));
      }
    });
  }

  private static int toState(String json) {
    return JsonTrees.object(json).getInt("toState", -1);
  }

  private static String field(String json, String name) {
    if (json == null) {
      return null;
    }
    return JsonTrees.object(json).getString(name, null);
  }
}
