package dev.frontdesk.spi;

import java.util.Optional;

/**
 * One place a plugin is enabled: a tenant, and optionally one of its CS accounts. Carries that place's
 * configuration and the handles a plugin uses on the tenant's behalf.
 */
public interface Binding {

  String tenantId();

  /** The CS account it was enabled for; empty when enabled for the whole tenant. */
  Optional<String> accountId();

  /** The configuration the tenant admin entered, validated against the descriptor's schema. */
  PluginConfig config();

  /** Storage scoped to (this plugin, this tenant): every binding of one tenant shares it. */
  KeyValueStore store();

  /** The one path into the conversation engine: messages from customers of this channel. */
  Inbound inbound();
}
