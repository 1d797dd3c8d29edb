package dev.frontdesk.plugins;

import dev.frontdesk.spi.Binding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the runtime needs from the rest of the platform to give a plugin its context: the places it is enabled
 * (with their store and inbound path) and where to record a suspension. The CDI side implements it; tests pass
 * their own.
 */
public interface PluginServices {

  /** Every enabled, unsuspended binding of the plugin, across tenants. */
  List<Binding> bindings(Descriptor plugin);

  Optional<Binding> binding(Descriptor plugin, String tenantId, String accountId);

  /** The platform admin's settings for the plugin, unsealed; empty when never saved. */
  Map<String, Object> platformConfig(Descriptor plugin);

  /** Records that the plugin is suspended for a tenant; it will not be called for it until an admin re-enables it. */
  void suspend(String pluginId, String tenantId, String reason);
}
