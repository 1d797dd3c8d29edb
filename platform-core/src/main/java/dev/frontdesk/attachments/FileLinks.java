package dev.frontdesk.attachments;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.identity.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Signed, expiring download links for attachments, under a server-wide key every instance shares. */
@ApplicationScoped
public class FileLinks {

  static final String KEY = "file-link";
  private static final Duration STEP = Duration.ofMinutes(5);

  @Inject ServerSecrets secrets;
  @Inject FrontdeskConfig config;
  @Inject Clock clock;

  private volatile FileLinkSigner signer;

  /** An absolute link to the attachment, valid for the configured time from now. */
  public String url(UUID tenantId, UUID attachmentId) {
    return config.publicUrl() + "/api/v1/files/" + tenantId + "/" + attachmentId + "?"
        + signer().query(tenantId, attachmentId, clock.instant());
  }

  /**
   * The stored JSON with every download link of this tenant signed afresh. Event payloads keep the links made
   * when the event happened, but sync readers and webhook retries may come hours later, after those expired.
   */
  public String refresh(UUID tenantId, String json) {
    return signer().refresh(tenantId, json, clock.instant());
  }

  public FileLinkSigner.Verdict check(UUID tenantId, UUID attachmentId, String exp, String sig) {
    return signer().check(tenantId, attachmentId, exp, sig, clock.instant());
  }

  private FileLinkSigner signer() {
    FileLinkSigner s = signer;
    if (s == null) {
      Duration ttl = config.fileLinkTtl();
      s = new FileLinkSigner(data -> secrets.sign(KEY, data), ttl, ttl.compareTo(STEP) < 0 ? ttl : STEP);
      signer = s;
    }
    return s;
  }
}
