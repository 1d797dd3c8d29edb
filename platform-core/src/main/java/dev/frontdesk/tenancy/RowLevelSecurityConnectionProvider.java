package dev.frontdesk.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.spi.Configurable;

/**
 * Gives Hibernate connections that carry the tenant into PostgreSQL: {@code set_config('app.tenant_id', id,
 * true)} is transaction-local, so a pooled connection cannot leak it to the next transaction, and a connection
 * used outside a transaction forgets it at once (no rows: the policies fail closed). On H2, which has no RLS,
 * connections are handed through unchanged.
 */
public class RowLevelSecurityConnectionProvider
    implements MultiTenantConnectionProvider<UUID>, Configurable {

  private DataSource dataSource;
  private volatile Boolean postgres;

  @Override
  public void configure(Map<String, Object> settings) {
    Object ds = settings.get(AvailableSettings.JAKARTA_JTA_DATASOURCE);
    if (ds == null) {
      ds = settings.get(AvailableSettings.DATASOURCE);
    }
    try {
      dataSource = ds instanceof DataSource d ? d : (DataSource) new InitialContext().lookup(String.valueOf(ds));
    } catch (NamingException e) {
      throw new IllegalStateException("cannot find the data source " + ds, e);
    }
  }

  @Override
  public Connection getAnyConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(UUID tenantId) throws SQLException {
    Connection connection = dataSource.getConnection();
    if (isPostgres(connection)) {
      try (PreparedStatement s = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        s.setString(1, tenantId.toString());
        s.execute();
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    }
    return connection;
  }

  private boolean isPostgres(Connection connection) throws SQLException {
    Boolean known = postgres;
    if (known == null) {
      known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      postgres = known;
    }
    return known;
  }

  @Override
  public void releaseConnection(UUID tenantId, Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return type.cast(this);
  }
}
