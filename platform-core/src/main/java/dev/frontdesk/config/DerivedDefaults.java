package dev.frontdesk.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that depend on other settings: the H2 file under the data dir when no database URL is given, the
 * data source class that matches the URL, and where MP-JWT finds the issuer and its keys for the chosen
 * identity mode. Lowest ordinal, so any environment variable or system property overrides them.
 */
public final class DerivedDefaults implements ConfigSource {

  private final Map<String, String> values = compute();

  private static Map<String, String> compute() {
    Map<String, String> v = new HashMap<>();
    String url =
        Settings.raw(FrontdeskConfig.DB_URL)
            .orElse(
                "jdbc:h2:file:"
                    + Settings.dataDir().resolve("db/frontdesk")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    boolean postgres = url.startsWith("jdbc:postgresql:");
    v.put(FrontdeskConfig.DB_URL, url);
    if (!postgres) {
      v.put(FrontdeskConfig.DB_USER, "frontdesk");
      v.put(FrontdeskConfig.DB_PASSWORD, "frontdesk");
    }
    if (Settings.identityMode() == IdentityMode.KEYCLOAK) {
      String issuer = KeycloakUrls.issuer(Settings.raw(FrontdeskConfig.KEYCLOAK_URL).orElse(""),
          Settings.raw(FrontdeskConfig.KEYCLOAK_REALM).orElse(FrontdeskConfig.DEFAULT_REALM));
      v.put("mp.jwt.verify.issuer", issuer);
      v.put("mp.jwt.verify.publickey.location", issuer + "/protocol/openid-connect/certs");
      // Only tokens minted for the console's client: a token for another client of the realm is refused.
      v.put("mp.jwt.verify.audiences", Settings.raw(FrontdeskConfig.KEYCLOAK_CLIENT_ID).orElse("frontdesk-ui"));
    } else {
      v.put("mp.jwt.verify.issuer", FrontdeskConfig.BUILTIN_ISSUER);
      v.put("mp.jwt.verify.publickey.location", builtinJwksFile().toUri().toString());
      v.put("mp.jwt.verify.audiences", FrontdeskConfig.BUILTIN_AUDIENCE);
    }
    return Map.copyOf(v);
  }

  /**
   * Where the built-in issuer publishes its public keys for MP-JWT: a file under the data dir, written from the
   * database at start-up (so every node of a cluster writes the same keys).
   */
  public static Path builtinJwksFile() {
    return Settings.dataDir().resolve("keys/jwks.json");
  }

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return "frontdesk-derived-defaults";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }
}
