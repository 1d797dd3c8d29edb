package dev.frontdesk.identity;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Creates the first platform admin on first start: from FRONTDESK_ADMIN_EMAIL / FRONTDESK_ADMIN_PASSWORD, or
 * with a one-time password printed to the log once. Later starts leave existing admins alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class PlatformAdminBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

  @PersistenceContext EntityManager em;
  @Inject FrontdeskConfig config;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @PostConstruct
  void ensureAdmin() {
    long admins = em.createQuery("select count(a) from PlatformAdmin a", Long.class).getSingleResult();
    if (admins > 0) {
      return;
    }
    String email = config.adminEmail().orElse("admin@frontdesk.local");
    String password = config.adminPassword().orElse(null);
    if (password == null) {
      password = Secrets.newToken().substring(0, 20);
      LOG.warning(
          "\n=== Frontdesk platform admin created: " + email + " / " + password
              + "\n=== This password is shown once. Set FRONTDESK_ADMIN_EMAIL and FRONTDESK_ADMIN_PASSWORD to choose it.");
    } else {
      LOG.info("Frontdesk platform admin created: " + email);
    }
    em.persist(new PlatformAdmin(email, hasher.hash(password), clock.instant()));
  }
}
