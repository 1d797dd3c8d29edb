package dev.frontdesk.workspace;

import dev.frontdesk.events.EventType;
import dev.frontdesk.realtime.Envelope;
import dev.frontdesk.realtime.LiveStream;
import dev.frontdesk.realtime.SocketSender;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.websocket.CloseReason;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * What one staff member's connection hears, by the inbox's visibility rules: supervisors everything of their
 * company; agents their own sessions, the sessions and queues of the accounts they serve, their own status,
 * and sessions transferred away from them. Customer typing, never servicers' (that is for the visitor); reads of
 * both sides, and internal notes.
 */
final class AgentStream extends LiveStream {

  /**
   * Membership changes (departments, servicer lists) reach open connections within this time, and so do role
   * changes and removals, which end the connection.
   */
  private static final long SERVED_TTL_MS = 30_000;

  private final UUID memberId;
  private final String memberText;
  private final boolean supervises;
  private final Function<UUID, Set<UUID>> servedAccounts;
  private final Function<UUID, Optional<Boolean>> standing;
  private final Executor executor;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile Set<UUID> served;
  private volatile long servedAt;

  AgentStream(
      UUID tenantId, UUID memberId, boolean supervises, SocketSender out, Function<UUID, Set<UUID>> servedAccounts,
      Function<UUID, Optional<Boolean>> standing, Executor executor) {
    super(tenantId, out);
    this.memberId = memberId;
    this.memberText = memberId.toString();
    this.supervises = supervises;
    this.servedAccounts = servedAccounts;
    this.standing = standing;
    this.executor = executor;
    this.served = servedAccounts.apply(memberId);
    this.servedAt = System.currentTimeMillis();
  }

  UUID memberId() {
    return memberId;
  }

  boolean supervises() {
    return supervises;
  }

  @Override
  protected boolean wants(Envelope e) {
    if (EventType.TYPING.equals(e.type()) && e.servicerId() != null) {
      return false;
    }
    if (supervises || memberId.equals(e.servicerId())) {
      return true;
    }
    if (e.accountId() != null && served().contains(e.accountId())) {
      return true;
    }
    // transferred away from this member to somewhere they do not serve: the payload names them as the sender
    return EventType.SESSION_STATUS_CHANGE.equals(e.type()) && e.data() != null && e.data().contains(memberText);
  }

  private Set<UUID> served() {
    if (System.currentTimeMillis() - servedAt > SERVED_TTL_MS && refreshing.compareAndSet(false, true)) {
      executor.execute(() -> {
        try {
          Optional<Boolean> now = TenantContext.callAs(tenantId(), () -> standing.apply(memberId));
          if (now.isEmpty() || now.get() != supervises) { // removed, demoted or promoted: the ticket no longer fits
            out.closeAfterPending(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "access_changed"));
            return;
          }
          served = TenantContext.callAs(tenantId(), () -> servedAccounts.apply(memberId));
          servedAt = System.currentTimeMillis();
        } finally {
          refreshing.set(false);
        }
      });
    }
    return served;
  }
}
