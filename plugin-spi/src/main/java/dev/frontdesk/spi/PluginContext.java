package dev.frontdesk.spi;

import java.util.List;
import java.util.Optional;

/**
 * The narrow view of the platform handed to a plugin: the only way a plugin reaches tenants, storage, the
 * network and the conversation engine. One context per loaded plugin version.
 */
public interface PluginContext {

  /** The plugin's id, as in its descriptor. */
  String pluginId();

  /** The plugin's version, as in its descriptor. */
  String pluginVersion();

  /** Every place the plugin is enabled and not suspended: tenant-wide or for one CS account. */
  List<Binding> bindings();

  /**
   * The tenant-wide binding of a tenant, or when there is none its only account binding; empty when the
   * plugin is not enabled for the tenant. Use it for requests that name a tenant, such as webhooks.
   */
  Optional<Binding> binding(String tenantId);

  /** The binding that applies to one CS account: the account's own, else the tenant-wide one. */
  Optional<Binding> binding(String tenantId, String accountId);

  Scheduler scheduler();

  /** HTTP to the hosts the descriptor declares, and nowhere else. */
  HttpAccess http();

  PluginLog log();

  Metrics metrics();

  /**
   * The settings the platform admin saved for this plugin, validated against the descriptor's {@code
   * configSchema} like a binding's (defaults applied, secrets unsealed here and never returned by the API). For
   * extensions the platform, not a tenant, enables: a {@link PaymentProvider}'s bank details, API keys and
   * signing secrets. Read it on each call: the platform admin may change it while the plugin runs. Empty until
   * saved, and on platforms older than SPI 1.1.
   *
   * @since 1.1
   */
  default PluginConfig platformConfig() {
    return java.util.Map::of;
  }
}
