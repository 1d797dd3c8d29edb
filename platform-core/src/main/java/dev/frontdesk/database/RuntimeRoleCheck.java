package dev.frontdesk.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Row-level security only holds if the application's role cannot bypass it: not a superuser, no BYPASSRLS.
 * (Owning the tables is harmless because every policy is FORCEd.) Checked once at start-up, loudly.
 */
@ApplicationScoped
public class RuntimeRoleCheck {

  private static final Logger LOG = Logger.getLogger(RuntimeRoleCheck.class.getName());

  @Resource(lookup = FrontdeskDataSource.JNDI_NAME)
  DataSource dataSource;

  /** True when the data source's role is subject to row-level security. */
  public boolean isSubjectToRowLevelSecurity() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select rolsuper or rolbypassrls from pg_roles where rolname = current_user");
        ResultSet r = s.executeQuery()) {
      return r.next() && !r.getBoolean(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot inspect the database role: " + e.getMessage(), e);
    }
  }

  void warnIfRowLevelSecurityIsBypassed() {
    if (!isSubjectToRowLevelSecurity()) {
      LOG.severe(
          "The database role in FRONTDESK_DB_USER is a superuser or has BYPASSRLS: row-level security does not"
              + " protect tenants. Connect as a plain role (see README, 'Running on PostgreSQL').");
    }
  }
}
