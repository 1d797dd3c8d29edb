package dev.frontdesk.config;

import java.util.Locale;

/** Who issues the tokens that MP-JWT verifies. */
public enum IdentityMode {
  /** Frontdesk signs its own tokens; the quick-start default. */
  BUILTIN,
  /** A Keycloak realm issues tokens; Frontdesk provisions organizations and users through its admin API. */
  KEYCLOAK;

  public static IdentityMode parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "FRONTDESK_IDENTITY must be 'builtin' or 'keycloak', not '" + text + "'", e);
    }
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
