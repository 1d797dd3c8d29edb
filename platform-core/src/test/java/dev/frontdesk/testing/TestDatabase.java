package dev.frontdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL database for one test run. Uses the server on 127.0.0.1:5432 (trust auth, user postgres) when one
 * answers, otherwise starts an embedded PostgreSQL. Migrations run as the superuser (the schema owner); the
 * application connects as {@link #APP_ROLE}, a plain role that row-level security binds.
 */
public final class TestDatabase {

  public static final String APP_ROLE = "frontdesk_it_app";
  public static final String APP_PASSWORD = "frontdesk-it-password";

  private final String serverUrl;
  private final String name;
  private final EmbeddedPostgres embedded;

  private TestDatabase(String serverUrl, String name, EmbeddedPostgres embedded) {
    this.serverUrl = serverUrl;
    this.name = name;
    this.embedded = embedded;
  }

  static TestDatabase create() {
    String server = System.getProperty("frontdesk.it.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    EmbeddedPostgres embedded = null;
    if (!answers(server + "postgres")) {
      embedded = startEmbedded();
      server = "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/";
    }
    String name = "frontdesk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(
          "do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
              + "create role " + APP_ROLE + " login password '" + APP_PASSWORD + "' nosuperuser nobypassrls; "
              + "end if; end $$");
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the test database on " + server, e);
    }
    System.out.println("[frontdesk-it] database " + name + " on " + server);
    return new TestDatabase(server, name, embedded);
  }

  private static boolean answers(String url) {
    try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
      return true;
    } catch (SQLException e) {
      System.out.println("[frontdesk-it] no PostgreSQL at " + url + " (" + e.getMessage() + "); starting an embedded one");
      return false;
    }
  }

  private static EmbeddedPostgres startEmbedded() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
    }
  }

  public String url() {
    return serverUrl + name;
  }

  void exportSystemProperties() {
    System.setProperty("frontdesk.it.db.url", url());
    System.setProperty("frontdesk.it.db.user", APP_ROLE);
    System.setProperty("frontdesk.it.db.password", APP_PASSWORD);
    System.setProperty("frontdesk.it.db.migration.user", "postgres");
    System.setProperty("frontdesk.it.db.migration.password", "");
  }

  /** A connection as the application's role, for tests that check what that role can see. */
  public static Connection connectAsApp() throws SQLException {
    return DriverManager.getConnection(System.getProperty("frontdesk.it.db.url"), APP_ROLE, APP_PASSWORD);
  }

  /** A connection as the schema owner (superuser), for tests that inspect the catalog. */
  public static Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(System.getProperty("frontdesk.it.db.url"), "postgres", "");
  }

  void drop() {
    try (Connection c = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      System.err.println("[frontdesk-it] could not drop " + name + ": " + e.getMessage());
    }
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("[frontdesk-it] could not stop the embedded PostgreSQL: " + e.getMessage());
      }
    }
  }
}
