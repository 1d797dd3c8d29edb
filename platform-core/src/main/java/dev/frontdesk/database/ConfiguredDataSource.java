package dev.frontdesk.database;

import dev.frontdesk.config.FrontdeskConfig;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A plain data source that connects to whatever FRONTDESK_DB_URL names: PostgreSQL, or the embedded H2 file
 * under the data dir. Payara's pool sits in front of it; this class only opens physical connections.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;

  private DataSource delegate() {
    DataSource d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = open(new FrontdeskConfig(ConfigProvider.getConfig(getClass().getClassLoader())));
        }
        d = delegate;
      }
    }
    return d;
  }

  static DataSource open(FrontdeskConfig config) {
    if (config.isPostgres()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(config.dbUrl());
      pg.setUser(config.dbUser());
      pg.setPassword(config.dbPassword());
      pg.setApplicationName("frontdesk");
      return pg;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(config.dbUrl());
    h2.setUser(config.dbUser());
    h2.setPassword(config.dbPassword());
    return h2;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Logging goes through java.util.logging.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // The drivers' defaults apply.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
