package dev.frontdesk.developer;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * An error of the token endpoint, answered as RFC 6749 §5.2 says ({@code {"error", "error_description"}}), not as
 * a problem detail: OAuth client libraries read these fields.
 */
public class OAuthError extends RuntimeException {

  private final int status;
  private final String error;

  /** The response body. */
  public record Body(String error, @JsonbProperty("error_description") String description) {}

  OAuthError(int status, String error, String description) {
    super(description);
    this.status = status;
    this.error = error;
  }

  static OAuthError invalidRequest(String description) {
    return new OAuthError(400, "invalid_request", description);
  }

  /** Unknown client, wrong secret, revoked credential: all alike, so nothing is learnt by guessing. */
  static OAuthError invalidClient() {
    return new OAuthError(401, "invalid_client", "Client authentication failed.");
  }

  static OAuthError unsupportedGrantType(String description) {
    return new OAuthError(400, "unsupported_grant_type", description);
  }

  static OAuthError invalidScope(String description) {
    return new OAuthError(400, "invalid_scope", description);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public Body body() {
    return new Body(error, getMessage());
  }
}
