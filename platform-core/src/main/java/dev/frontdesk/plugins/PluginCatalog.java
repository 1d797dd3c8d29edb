package dev.frontdesk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The installed plugins in the database: what every instance of the cluster converges on. */
@ApplicationScoped
public class PluginCatalog {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Summary rows, without the jars. */
  public record Entry(String id, String version, String sha256, boolean enabled) {}

  @Transactional
  public List<InstalledPlugin> all() {
    return em.createQuery("select p from InstalledPlugin p order by p.id", InstalledPlugin.class).getResultList();
  }

  @Transactional
  public List<Entry> entries() {
    return em.createQuery(
            "select new dev.frontdesk.plugins.PluginCatalog$Entry(p.id, p.version, p.sha256, p.enabled)"
                + " from InstalledPlugin p order by p.id",
            Entry.class)
        .getResultList();
  }

  @Transactional
  public Optional<InstalledPlugin> find(String id) {
    return Optional.ofNullable(em.find(InstalledPlugin.class, id));
  }

  /** The jar of an installed plugin, read only when an instance must load it. */
  @Transactional
  public Optional<byte[]> jar(String id) {
    return find(id).map(InstalledPlugin::jar);
  }

  /** Saves a new plugin or replaces an installed one's jar; true when it was new. */
  @Transactional
  public boolean save(PluginArchive archive, boolean bundled) {
    InstalledPlugin p = em.find(InstalledPlugin.class, archive.descriptor().id(), LockModeType.PESSIMISTIC_WRITE);
    if (p == null) {
      em.persist(new InstalledPlugin(archive, bundled, clock.instant()));
      return true;
    }
    p.replaceWith(archive, bundled, clock.instant());
    return false;
  }

  @Transactional
  public Optional<InstalledPlugin> setEnabled(String id, boolean enabled) {
    InstalledPlugin p = em.find(InstalledPlugin.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (p != null) {
      p.setEnabled(enabled, clock.instant());
    }
    return Optional.ofNullable(p);
  }

  @Transactional
  public boolean delete(String id) {
    InstalledPlugin p = em.find(InstalledPlugin.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (p == null) {
      return false;
    }
    em.remove(p);
    return true;
  }
}
