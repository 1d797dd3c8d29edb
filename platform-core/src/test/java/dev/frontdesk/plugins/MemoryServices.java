package dev.frontdesk.plugins;

import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Inbound;
import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.spi.PluginConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Plugin services held in memory, for runtime tests without a container. */
final class MemoryServices implements PluginServices {

  record Suspension(String pluginId, String tenantId, String reason) {}

  final List<Suspension> suspensions = new CopyOnWriteArrayList<>();
  private final Map<String, Map<String, Object>> configs = new ConcurrentHashMap<>();

  private final Map<String, Map<String, Object>> platformConfigs = new ConcurrentHashMap<>();

  void configure(String tenantId, Map<String, Object> config) {
    configs.put(tenantId, config);
  }

  void configurePlatform(String pluginId, Map<String, Object> config) {
    platformConfigs.put(pluginId, config);
  }

  @Override
  public Map<String, Object> platformConfig(Descriptor plugin) {
    return platformConfigs.getOrDefault(plugin.id(), Map.of());
  }

  @Override
  public List<Binding> bindings(Descriptor plugin) {
    return configs.keySet().stream().map(t -> binding(plugin, t, null).orElseThrow()).toList();
  }

  @Override
  public Optional<Binding> binding(Descriptor plugin, String tenantId, String accountId) {
    Map<String, Object> config = configs.get(tenantId);
    if (config == null) {
      return Optional.empty();
    }
    TreeMap<String, String> store = new TreeMap<>();
    return Optional.of(
        new Binding() {
          @Override
          public String tenantId() {
            return tenantId;
          }

          @Override
          public Optional<String> accountId() {
            return Optional.empty();
          }

          @Override
          public PluginConfig config() {
            return () -> config;
          }

          @Override
          public KeyValueStore store() {
            return new KeyValueStore() {
              @Override
              public Optional<String> get(String key) {
                return Optional.ofNullable(store.get(key));
              }

              @Override
              public void put(String key, String value) {
                store.put(key, value);
              }

              @Override
              public boolean putIfAbsent(String key, String value) {
                return store.putIfAbsent(key, value) == null;
              }

              @Override
              public boolean delete(String key) {
                return store.remove(key) != null;
              }

              @Override
              public Map<String, String> list(String prefix, int limit) {
                return Map.copyOf(store.tailMap(prefix));
              }
            };
          }

          @Override
          public Inbound inbound() {
            return message -> new Inbound.Receipt("session", "message", false);
          }
        });
  }

  @Override
  public void suspend(String pluginId, String tenantId, String reason) {
    suspensions.add(new Suspension(pluginId, tenantId, reason));
  }
}
