package dev.frontdesk.plugins;

import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.api.ProblemException;
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
import java.util.UUID;

/**
 * A tenant's plugin bindings: where each plugin is enabled and with which settings. Runs as the current tenant;
 * secrets are sealed with a server key before they reach the database and only unsealed for the plugin.
 */
@ApplicationScoped
public class PluginBindings {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject SealedSettings settings;
  @Inject dev.frontdesk.billing.Quotas quotas;

  @Transactional
  public List<PluginBinding> ofTenant() {
    return em.createQuery("select b from PluginBinding b order by b.pluginId, b.createdAt", PluginBinding.class)
        .getResultList();
  }

  @Transactional
  public List<PluginBinding> ofPlugin(String pluginId) {
    return em.createQuery("select b from PluginBinding b where b.pluginId = :p", PluginBinding.class)
        .setParameter("p", pluginId)
        .getResultList();
  }

  /** Saves settings after checking them against the plugin's schema; creates the binding (disabled) if new. */
  @Transactional
  public PluginBinding configure(Descriptor plugin, UUID accountId, JsonObject input) {
    PluginBinding b = findOrCreate(plugin.id(), accountId);
    Map<String, Object> values;
    try {
      values = plugin.configSchema().validate(input, storedSecrets(b));
    } catch (ConfigSchema.Invalid e) {
      throw invalid(e);
    }
    store(plugin, b, values);
    return b;
  }

  /** Enables (after checking the settings are complete, which also lifts a suspension) or disables. */
  @Transactional
  public PluginBinding setEnabled(Descriptor plugin, UUID accountId, boolean enabled) {
    PluginBinding b = findOrCreate(plugin.id(), accountId);
    if (enabled) {
      quotas.allowPlugin(plugin.id());
      try { // the stored settings against the plugin's current schema: an upgrade may have added a required one
        store(plugin, b, plugin.configSchema().validate(visibleInput(b), storedSecrets(b)));
      } catch (ConfigSchema.Invalid e) {
        throw invalid(e);
      }
    }
    b.setEnabled(enabled, clock.instant());
    return b;
  }

  /** Removes an account's own binding: the account falls back to the company-wide one. */
  @Transactional
  public boolean removeAccountBinding(String pluginId, UUID accountId) {
    return find(pluginId, accountId).map(b -> {
      em.remove(b);
      return true;
    }).orElse(false);
  }

  /**
   * The binding that applies to an account (its own, else the company-wide one) or, for {@code accountId} null,
   * the company-wide one or else the only account binding; empty unless enabled and not suspended.
   */
  @Transactional
  public Optional<PluginBinding> effective(String pluginId, UUID accountId) {
    List<PluginBinding> all = ofPlugin(pluginId);
    Optional<PluginBinding> wide = all.stream().filter(b -> b.accountId() == null).findFirst();
    if (accountId != null) {
      Optional<PluginBinding> own = all.stream().filter(b -> accountId.equals(b.accountId())).findFirst();
      return (own.isPresent() ? own : wide).filter(PluginBinding::active);
    }
    if (wide.isPresent()) {
      return wide.filter(PluginBinding::active);
    }
    List<PluginBinding> active = all.stream().filter(PluginBinding::active).toList();
    return active.size() == 1 ? Optional.of(active.get(0)) : Optional.empty();
  }

  /** Suspends every active binding of the plugin in the current tenant, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void suspend(String pluginId, String reason) {
    for (PluginBinding b : ofPlugin(pluginId)) {
      if (b.active()) {
        em.lock(b, LockModeType.PESSIMISTIC_WRITE);
        b.suspend(reason, clock.instant());
      }
    }
  }

  /** The binding's settings as the plugin sees them: visible values and unsealed secrets. */
  public Map<String, Object> values(PluginBinding b) {
    return settings.values(b.configJson(), b.sealedSecrets(), "binding " + b.id());
  }

  /** Visible values only, for the API. */
  public Map<String, Object> visible(PluginBinding b) {
    return settings.readVisible(b.configJson());
  }

  /** Names of the secrets that have a value. */
  public List<String> secretsSet(PluginBinding b) {
    return storedSecrets(b).keySet().stream().sorted().toList();
  }

  private void store(Descriptor plugin, PluginBinding b, Map<String, Object> values) {
    ConfigSchema schema = plugin.configSchema();
    b.configure(settings.visibleJson(schema, values), settings.sealSecrets(schema, values), clock.instant());
  }

  private PluginBinding findOrCreate(String pluginId, UUID accountId) {
    if (accountId != null) {
      accounts.get(accountId); // 404 unless an account of this company
    }
    return find(pluginId, accountId).orElseGet(() -> {
      PluginBinding b = new PluginBinding(pluginId, accountId, clock.instant());
      em.persist(b);
      return b;
    });
  }

  private Optional<PluginBinding> find(String pluginId, UUID accountId) {
    UUID scope = accountId == null ? PluginBinding.TENANT_SCOPE : accountId;
    return em.createQuery("select b from PluginBinding b where b.pluginId = :p and b.scopeKey = :s", PluginBinding.class)
        .setParameter("p", pluginId)
        .setParameter("s", scope)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private Map<String, Object> storedSecrets(PluginBinding b) {
    return settings.openSecrets(b.sealedSecrets(), "binding " + b.id());
  }

  private JsonObject visibleInput(PluginBinding b) {
    return SealedSettings.input(b.configJson());
  }

  private static ProblemException invalid(ConfigSchema.Invalid e) {
    return SealedSettings.invalid(e);
  }
}
