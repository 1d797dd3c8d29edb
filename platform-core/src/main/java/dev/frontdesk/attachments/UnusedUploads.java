package dev.frontdesk.attachments;

import dev.frontdesk.jobs.TenantJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Deletes uploads nobody sent within a day. Visitors upload before they send, and some never send; without this
 * their files would pile up in the store for good.
 */
@ApplicationScoped
public class UnusedUploads implements TenantJob {

  static final Duration GRACE = Duration.ofHours(24);
  private static final int BATCH = 200;

  @Inject Attachments attachments;

  @Override
  public String name() {
    return "unused-uploads";
  }

  @Override
  public void run(Instant now) {
    for (UUID id : attachments.unusedSince(now.minus(GRACE), BATCH)) {
      attachments.discardIfUnused(id); // one transaction each: an upload sent meanwhile is kept
    }
  }
}
