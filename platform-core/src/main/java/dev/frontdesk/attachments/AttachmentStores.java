package dev.frontdesk.attachments;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The store the application uses: a local directory (shared storage in a cluster), until others are offered. */
@ApplicationScoped
public class AttachmentStores {

  @Inject FrontdeskConfig config;

  @Produces
  @ApplicationScoped
  AttachmentStore store() {
    return new LocalDirectoryStore(config.attachmentsDir());
  }
}
