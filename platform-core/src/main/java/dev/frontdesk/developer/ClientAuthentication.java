package dev.frontdesk.developer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * How a client authenticates at the token endpoint (RFC 6749 §2.3.1): HTTP Basic with the form-encoded client id
 * and secret, or {@code client_id} and {@code client_secret} in the form body; never both.
 */
public record ClientAuthentication(String clientId, String secret, boolean basic) {

  /** Reads the client's id and secret, or throws the OAuth error that says what is wrong. */
  public static ClientAuthentication of(String authorization, Map<String, List<String>> form) {
    String formId = single(form, "client_id");
    String formSecret = single(form, "client_secret");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      if (formSecret != null) {
        throw OAuthError.invalidRequest("Authenticate the client one way only: HTTP Basic or client_secret.");
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw OAuthError.invalidRequest("The Basic credentials are not valid Base64.");
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw OAuthError.invalidRequest("The Basic credentials must be client_id:client_secret.");
      }
      String id = formDecode(decoded.substring(0, colon));
      if (formId != null && !formId.equals(id)) {
        throw OAuthError.invalidRequest("client_id in the form differs from the one in the Authorization header.");
      }
      return new ClientAuthentication(id, formDecode(decoded.substring(colon + 1)), true);
    }
    if (formId == null || formSecret == null) {
      throw OAuthError.invalidRequest(
          "Authenticate the client: HTTP Basic, or client_id and client_secret in the form body.");
    }
    return new ClientAuthentication(formId, formSecret, false);
  }

  /** A form parameter that must not repeat (RFC 6749 §3.2); null when absent or empty. */
  static String single(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw OAuthError.invalidRequest("The parameter " + name + " was sent more than once.");
    }
    String value = values.get(0);
    return value == null || value.isEmpty() ? null : value;
  }

  private static String formDecode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthError.invalidRequest("The Basic credentials are not form-encoded correctly.");
    }
  }

  /** Never shows the secret, should this end up in a log. */
  @Override
  public String toString() {
    return "ClientAuthentication[" + clientId + ", " + (basic ? "basic" : "form") + "]";
  }
}
