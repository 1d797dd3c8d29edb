package dev.frontdesk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads raw settings from system properties and the environment before the Config API is available (config
 * sources must not call back into Config). Uses MicroProfile's mapping: {@code frontdesk.db.url} ↔ {@code
 * FRONTDESK_DB_URL}.
 */
final class Settings {

  private Settings() {}

  static Optional<String> raw(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }

  static Path dataDir() {
    return Path.of(raw(FrontdeskConfig.DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
  }

  static IdentityMode identityMode() {
    return IdentityMode.parse(raw(FrontdeskConfig.IDENTITY).orElse("builtin"));
  }
}
