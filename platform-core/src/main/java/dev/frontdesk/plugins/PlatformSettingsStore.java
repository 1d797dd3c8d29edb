package dev.frontdesk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and saves the platform admin's settings of plugins (no tenant: the platform's own table). */
@ApplicationScoped
public class PlatformSettingsStore {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SealedSettings settings;

  @Transactional
  public Optional<PlatformSettings> find(String pluginId) {
    return Optional.ofNullable(em.find(PlatformSettings.class, pluginId));
  }

  /** What the plugin sees: visible values and unsealed secrets; empty when never saved. */
  @Transactional
  public Map<String, Object> values(String pluginId) {
    return find(pluginId).map(s -> settings.values(s.configJson(), s.sealedSecrets(), "plugin " + pluginId)).orElse(Map.of());
  }

  /** Saves settings after checking them against the plugin's schema; secrets left out keep their value. */
  @Transactional
  public PlatformSettings configure(Descriptor plugin, JsonObject input) {
    PlatformSettings s = locked(plugin.id());
    store(plugin, s, input);
    return s;
  }

  /** Turns paying with the plugin on (after checking its settings are complete against its schema) or off. */
  @Transactional
  public PlatformSettings setPaymentsEnabled(Descriptor plugin, boolean enabled) {
    PlatformSettings s = locked(plugin.id());
    if (enabled) { // an upgrade may have added a required setting
      store(plugin, s, SealedSettings.input(s.configJson()));
    }
    s.setPaymentsEnabled(enabled, clock.instant());
    return s;
  }

  /** Visible values only, for the API. */
  public Map<String, Object> visible(PlatformSettings s) {
    return settings.readVisible(s.configJson());
  }

  /** Names of the secrets that have a value. */
  public List<String> secretsSet(PlatformSettings s) {
    return settings.openSecrets(s.sealedSecrets(), "plugin " + s.pluginId()).keySet().stream().sorted().toList();
  }

  private void store(Descriptor plugin, PlatformSettings s, JsonObject input) {
    ConfigSchema schema = plugin.configSchema();
    Map<String, Object> values;
    try {
      values = schema.validate(input, settings.openSecrets(s.sealedSecrets(), "plugin " + plugin.id()));
    } catch (ConfigSchema.Invalid e) {
      throw SealedSettings.invalid(e);
    }
    s.configure(settings.visibleJson(schema, values), settings.sealSecrets(schema, values), clock.instant());
  }

  private PlatformSettings locked(String pluginId) {
    PlatformSettings s = em.find(PlatformSettings.class, pluginId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      s = new PlatformSettings(pluginId, clock.instant());
      em.persist(s);
    }
    return s;
  }
}
