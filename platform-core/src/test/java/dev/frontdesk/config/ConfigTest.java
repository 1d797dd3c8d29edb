package dev.frontdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigTest {

  @Test
  void identityModeIsParsedLeniently() {
    assertEquals(IdentityMode.KEYCLOAK, IdentityMode.parse(" Keycloak "));
    assertEquals("builtin", IdentityMode.BUILTIN.id());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdentityMode.parse("ldap"));
    assertTrue(e.getMessage().contains("FRONTDESK_IDENTITY"));
  }

  @Test
  void keycloakIssuerIsTheRealmUrl() {
    assertEquals("http://kc:8180/realms/frontdesk", KeycloakUrls.issuer("http://kc:8180/", "frontdesk"));
    assertEquals("http://kc/realms/x", KeycloakUrls.issuer("http://kc", "x"));
  }

  @Test
  void withoutADatabaseUrlTheQuickStartUsesAnH2FileInTheDataDir() {
    DerivedDefaults defaults = new DerivedDefaults();
    String url = defaults.getValue(FrontdeskConfig.DB_URL);
    if (System.getenv("FRONTDESK_DB_URL") == null && System.getProperty(FrontdeskConfig.DB_URL) == null) {
      assertTrue(url.startsWith("jdbc:h2:file:"), url);
      assertTrue(url.contains("/db/frontdesk;MODE=PostgreSQL"), url);
    }
    if (System.getenv("FRONTDESK_IDENTITY") == null && System.getProperty(FrontdeskConfig.IDENTITY) == null) {
      assertEquals(FrontdeskConfig.BUILTIN_ISSUER, defaults.getValue("mp.jwt.verify.issuer"));
      assertEquals(DerivedDefaults.builtinJwksFile().toUri().toString(),
          defaults.getValue("mp.jwt.verify.publickey.location"));
    }
  }
}
