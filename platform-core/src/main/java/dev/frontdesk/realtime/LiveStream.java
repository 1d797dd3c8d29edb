package dev.frontdesk.realtime;

import dev.frontdesk.events.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One live connection's stream of events, resumable without gaps or duplicates. The stream is registered with
 * the {@link Hub} before history is read, and holds live envelopes back while the client's missed messages are
 * replayed from the database; afterwards it releases them, skipping any message whose sequence number the
 * client already has. Per session, live messages arrive in sequence order (the session row lock orders the
 * commits, and notifications follow commit order), so "seq not above the last sent" is the only duplicate.
 */
public abstract class LiveStream implements Listener {

  private final UUID tenantId;
  protected final SocketSender out;
  private final Map<UUID, Integer> lastSeq = new ConcurrentHashMap<>();
  private List<Envelope> heldBack = new ArrayList<>();

  protected LiveStream(UUID tenantId, SocketSender out) {
    this.tenantId = tenantId;
    this.out = out;
  }

  public SocketSender out() {
    return out;
  }

  @Override
  public UUID tenantId() {
    return tenantId;
  }

  /** Whether this connection may and wants to see the envelope; must be cheap (called on the listener thread). */
  protected abstract boolean wants(Envelope envelope);

  /** Called for every envelope sent, after {@link #wants}; for streams that track state. */
  protected void sent(Envelope envelope) {}

  @Override
  public final void deliver(Envelope envelope) {
    if (!wants(envelope)) {
      return;
    }
    synchronized (this) {
      if (heldBack != null) {
        heldBack.add(envelope);
        return;
      }
    }
    send(envelope);
  }

  @Override
  public void interrupted() {
    out.closeAfterPending(
        new jakarta.websocket.CloseReason(
            jakarta.websocket.CloseReason.CloseCodes.TRY_AGAIN_LATER, "events may have been missed; resume"));
  }

  /** A message the client missed, read from the database during replay; the same frame live messages make. */
  public void replay(UUID sessionId, int seq, Object messageView) {
    if (advance(sessionId, seq)) {
      out.send(Frames.of(EventType.MESSAGE, sessionId, seq, messageView));
    }
  }

  /** Marks what the client already has, so neither replay nor live delivery sends it again. */
  public void clientHas(UUID sessionId, int seq) {
    lastSeq.merge(sessionId, seq, Math::max);
  }

  /** Ends the replay: releases the envelopes held back meanwhile, in arrival order, then goes live. */
  public void live() {
    while (true) {
      List<Envelope> batch;
      synchronized (this) {
        batch = heldBack;
        if (batch.isEmpty()) {
          heldBack = null;
          return;
        }
        heldBack = new ArrayList<>();
      }
      batch.forEach(this::send);
    }
  }

  private void send(Envelope envelope) {
    if (EventType.MESSAGE.equals(envelope.type()) && envelope.seq() != null
        && !advance(envelope.sessionId(), envelope.seq())) {
      return;
    }
    out.send(Frames.event(envelope));
    sent(envelope);
  }

  private boolean advance(UUID sessionId, int seq) {
    int[] advanced = {0};
    lastSeq.compute(sessionId, (id, last) -> {
      if (last != null && last >= seq) {
        return last;
      }
      advanced[0] = 1;
      return seq;
    });
    return advanced[0] == 1;
  }
}
