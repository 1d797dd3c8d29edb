package dev.frontdesk.plugins.knowledge;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's index, built on first use and rebuilt when the store's revision moves: one store read per
 * question tells whether this node, or another one, changed the FAQ since.
 */
final class Indexes {

  private record Snapshot(String revision, FaqIndex index) {}

  private final Map<String, Snapshot> byTenant = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  FaqIndex current(String tenantId, FaqStore store) {
    String revision = store.revision();
    Snapshot s = byTenant.get(tenantId);
    if (s != null && s.revision().equals(revision)) {
      return s.index();
    }
    synchronized (locks.computeIfAbsent(tenantId, t -> new Object())) {
      s = byTenant.get(tenantId);
      if (s != null && s.revision().equals(revision)) {
        return s.index();
      }
      // Revision first, entries second: a write in between makes the next call rebuild again, never miss it.
      FaqIndex index = new FaqIndex(store.all());
      // The old index is left to the garbage collector: a search on another thread may still be reading it.
      byTenant.put(tenantId, new Snapshot(revision, index));
      return index;
    }
  }

  /** Forgets tenants the plugin is no longer enabled for. */
  void retainOnly(Set<String> tenantIds) {
    byTenant.keySet().retainAll(tenantIds);
    locks.keySet().retainAll(tenantIds);
  }

  void clear() {
    byTenant.clear();
  }
}
