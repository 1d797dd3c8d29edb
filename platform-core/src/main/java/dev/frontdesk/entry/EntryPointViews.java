package dev.frontdesk.entry;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** An entry point as admins see it: with its chat link, QR code addresses and widget snippet. */
@ApplicationScoped
public class EntryPointViews {

  @Inject FrontdeskConfig config;

  public EntryPointResource.EntryPointView of(EntryPoint e) {
    String base = config.publicUrl();
    String publicEntry = base + "/api/v1/visitor/entry/" + e.key();
    return new EntryPointResource.EntryPointView(
        e.id(),
        e.accountId(),
        e.key(),
        e.scene(),
        e.name(),
        e.allowedOrigins(),
        base + "/c/" + e.key(),
        publicEntry + "/qr.png",
        publicEntry + "/qr.svg",
        "<script src=\"" + base + "/widget.js\" data-entry=\"" + e.key() + "\" async></script>",
        e.createdAt());
  }
}
