package dev.frontdesk.plugins;

import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Inbound;
import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.spi.PluginConfig;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A binding as a plugin sees it: settings unsealed, a store and an inbound path for its tenant. */
final class PlatformBinding implements Binding {

  private final UUID tenantId;
  private final UUID accountId;
  private final Map<String, Object> values;
  private final KeyValueStore store;
  private final Inbound inbound;

  PlatformBinding(UUID tenantId, UUID accountId, Map<String, Object> values, KeyValueStore store, Inbound inbound) {
    this.tenantId = tenantId;
    this.accountId = accountId;
    this.values = Map.copyOf(values);
    this.store = store;
    this.inbound = inbound;
  }

  @Override
  public String tenantId() {
    return tenantId.toString();
  }

  @Override
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId).map(UUID::toString);
  }

  @Override
  public PluginConfig config() {
    return () -> values;
  }

  @Override
  public KeyValueStore store() {
    return store;
  }

  @Override
  public Inbound inbound() {
    return inbound;
  }

  UUID tenant() {
    return tenantId;
  }

  UUID account() {
    return accountId;
  }
}
