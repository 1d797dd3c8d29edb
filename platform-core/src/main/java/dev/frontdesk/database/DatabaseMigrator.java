package dev.frontdesk.database;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves a request. Runs as the migration (owner) role;
 * the application's data source uses the runtime role.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Inject FrontdeskConfig config;

  @Inject RuntimeRoleCheck roleCheck;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(config.dbUrl(), config.migrationUser(), config.migrationPassword())
            // Portable migrations, then the database's own (row-level security exists only on PostgreSQL).
            .locations(
                "classpath:db/migration/common",
                "classpath:db/migration/" + (config.isPostgres() ? "postgresql" : "h2"))
            .placeholders(Map.of("appRole", config.dbUser()))
            .failOnMissingLocations(false)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " (" + result.migrationsExecuted + " migrations applied now)");
    if (config.isPostgres()) {
      roleCheck.warnIfRowLevelSecurityIsBypassed();
    } else {
      LOG.warning(
          "Embedded H2 database in " + config.dataDir()
              + ": tenant isolation relies on Hibernate alone. Use PostgreSQL (FRONTDESK_DB_URL) in production.");
    }
  }
}
