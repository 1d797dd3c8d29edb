package dev.frontdesk.plugins;

import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The plugins' key-value storage: rows of {@code plugin_store} per (tenant, plugin), under row-level security
 * like every tenant table. Each operation is its own transaction (plugins call it from their own threads),
 * run as the binding's tenant.
 */
@ApplicationScoped
public class PluginStore {

  static final int MAX_KEY = 200;
  static final int MAX_VALUE_CHARS = 1_000_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PluginStore self;

  /** The store one binding's plugin sees: scoped to its tenant, capped at {@code quotaBytes}. */
  KeyValueStore scoped(String pluginId, UUID tenantId, long quotaBytes) {
    return new KeyValueStore() {
      @Override
      public Optional<String> get(String key) {
        checkKey(key);
        return TenantContext.callAs(tenantId, () -> self.read(tenantId, pluginId, key));
      }

      @Override
      public void put(String key, String value) {
        checkKey(key);
        checkValue(value);
        TenantContext.runAs(tenantId, () -> {
          try {
            self.write(tenantId, pluginId, key, value, quotaBytes, true);
          } catch (PersistenceException raced) { // another writer inserted the key first: now it exists
            self.write(tenantId, pluginId, key, value, quotaBytes, true);
          }
        });
      }

      @Override
      public boolean putIfAbsent(String key, String value) {
        checkKey(key);
        checkValue(value);
        return TenantContext.callAs(tenantId, () -> {
          try {
            return self.write(tenantId, pluginId, key, value, quotaBytes, false);
          } catch (PersistenceException raced) { // the unique key decided: someone else claimed it
            return false;
          }
        });
      }

      @Override
      public boolean delete(String key) {
        checkKey(key);
        return TenantContext.callAs(tenantId, () -> self.remove(tenantId, pluginId, key));
      }

      @Override
      public Map<String, String> list(String prefix, int limit) {
        if (prefix == null || prefix.length() > MAX_KEY) {
          throw new IllegalArgumentException("a prefix must have at most " + MAX_KEY + " characters");
        }
        if (limit < 1 || limit > 10_000) {
          throw new IllegalArgumentException("limit must be from 1 to 10000");
        }
        return TenantContext.callAs(tenantId, () -> self.scan(tenantId, pluginId, prefix, limit));
      }
    };
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> read(UUID tenantId, String pluginId, String key) {
    List<?> rows =
        em.createNativeQuery(
                "select entry_value from plugin_store where tenant_id = ?1 and plugin_id = ?2 and entry_key = ?3")
            .setParameter(1, tenantId)
            .setParameter(2, pluginId)
            .setParameter(3, key)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
  }

  /** Writes one entry; {@code replace} false only inserts. True when it wrote. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean write(UUID tenantId, String pluginId, String key, String value, long quotaBytes, boolean replace) {
    int size = key.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
    List<?> current =
        em.createNativeQuery(
                "select size_bytes from plugin_store where tenant_id = ?1 and plugin_id = ?2 and entry_key = ?3 for update")
            .setParameter(1, tenantId)
            .setParameter(2, pluginId)
            .setParameter(3, key)
            .getResultList();
    if (!current.isEmpty() && !replace) {
      return false;
    }
    long after = used(tenantId, pluginId) - (current.isEmpty() ? 0 : ((Number) current.get(0)).longValue()) + size;
    if (after > quotaBytes) {
      throw new KeyValueStore.QuotaExceededException(
          "plugin " + pluginId + " may store " + quotaBytes / 1024 + " KB per company; this write would make it "
              + after / 1024 + " KB");
    }
    String sql =
        current.isEmpty()
            ? "insert into plugin_store (entry_value, size_bytes, updated_at, tenant_id, plugin_id, entry_key)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)"
            : "update plugin_store set entry_value = ?1, size_bytes = ?2, updated_at = ?3"
                + " where tenant_id = ?4 and plugin_id = ?5 and entry_key = ?6";
    em.createNativeQuery(sql)
        .setParameter(1, value)
        .setParameter(2, size)
        .setParameter(3, clock.instant())
        .setParameter(4, tenantId)
        .setParameter(5, pluginId)
        .setParameter(6, key)
        .executeUpdate();
    return true;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean remove(UUID tenantId, String pluginId, String key) {
    return em.createNativeQuery("delete from plugin_store where tenant_id = ?1 and plugin_id = ?2 and entry_key = ?3")
            .setParameter(1, tenantId)
            .setParameter(2, pluginId)
            .setParameter(3, key)
            .executeUpdate()
        > 0;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<String, String> scan(UUID tenantId, String pluginId, String prefix, int limit) {
    String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<?> rows =
        em.createNativeQuery(
                "select entry_key, entry_value from plugin_store where tenant_id = ?1 and plugin_id = ?2"
                    + " and entry_key like ?3 escape '\\' order by entry_key")
            .setParameter(1, tenantId)
            .setParameter(2, pluginId)
            .setParameter(3, like)
            .setMaxResults(limit)
            .getResultList();
    Map<String, String> out = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      out.put((String) r[0], (String) r[1]);
    }
    return out;
  }

  /** Bytes a plugin stores for a tenant. */
  @Transactional
  public long used(UUID tenantId, String pluginId) {
    return ((Number)
            em.createNativeQuery(
                    "select coalesce(sum(size_bytes), 0) from plugin_store where tenant_id = ?1 and plugin_id = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, pluginId)
                .getSingleResult())
        .longValue();
  }

  private static void checkKey(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException("a key must have 1 to " + MAX_KEY + " characters");
    }
  }

  private static void checkValue(String value) {
    if (value == null) {
      throw new IllegalArgumentException("a value must not be null; delete the key instead");
    }
    if (value.length() > MAX_VALUE_CHARS) {
      throw new IllegalArgumentException("a value may have at most " + MAX_VALUE_CHARS + " characters");
    }
  }
}
