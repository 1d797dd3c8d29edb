package dev.frontdesk.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what the integration tests need once per run, before Arquillian reads its configuration: a fresh
 * PostgreSQL database (dropped at the end) and the system properties that point Payara Micro at it. Does nothing
 * in unit-test runs (no {@code frontdesk.it.war}).
 */
public class TestEnvironment implements LauncherSessionListener {

  private TestDatabase database;
  private KeycloakServer keycloak;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("frontdesk.it.war") == null) {
      return;
    }
    database = TestDatabase.create();
    database.exportSystemProperties();
    String identityOptions = System.getProperty("frontdesk.it.identity.options", "");
    if ("keycloak".equals(System.getProperty("frontdesk.it.identity"))) {
      try {
        keycloak = KeycloakServer.start();
      } catch (RuntimeException e) {
        database.drop();
        database = null;
        throw e;
      }
      keycloak.exportSystemProperties();
      identityOptions = keycloak.frontdeskOptions() + " " + identityOptions;
    }
    System.setProperty("frontdesk.it.identity.options", identityOptions);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.stop();
    }
    if (database != null) {
      database.drop();
    }
  }
}
