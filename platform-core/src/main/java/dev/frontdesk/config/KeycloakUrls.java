package dev.frontdesk.config;

/** The few Keycloak URLs Frontdesk derives from the base URL and realm. */
public final class KeycloakUrls {

  private KeycloakUrls() {}

  public static String issuer(String baseUrl, String realm) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/realms/" + realm;
  }
}
