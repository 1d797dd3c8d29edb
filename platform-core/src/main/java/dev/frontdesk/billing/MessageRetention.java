package dev.frontdesk.billing;

import dev.frontdesk.conversation.ExpiredTranscripts;
import dev.frontdesk.jobs.TenantJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps a company's messages only as long as its plan says ({@code retentionDays}; null keeps them for good):
 * sessions closed longer ago lose their messages and files. The subscription's own plan decides, never the
 * past-due fallback, so a late payment suspends paid features but deletes no data. A pass deletes a bounded
 * batch, so a downgrade from a long retention catches up over a few passes instead of one long transaction. It
 * runs every job interval: with nothing due, a pass is one probe of an index that leaves purged sessions out.
 */
@ApplicationScoped
public class MessageRetention implements TenantJob {

  static final int BATCH = 200;

  @Inject Subscriptions subscriptions;
  @Inject ExpiredTranscripts transcripts;

  @Override
  public String name() {
    return "message-retention";
  }

  @Override
  public void run(Instant now) {
    Integer days = subscriptions.plan(subscriptions.current()).terms().retentionDays();
    if (days == null) {
      return;
    }
    Instant cutoff = now.minus(Duration.ofDays(days));
    for (UUID session : transcripts.closedBefore(cutoff, BATCH)) {
      transcripts.purge(session, cutoff, now); // one transaction each: a session is never half deleted
    }
  }
}
