package dev.frontdesk.webhooks;

import java.time.Duration;

/**
 * What one attempt got: the receiver's status code, or an error when there was no answer (refused address,
 * timeout, connection failure). Any 2xx is success; anything else, redirects included, is a failure.
 */
public record AttemptResult(Integer statusCode, String error, Duration duration) {

  static final int MAX_ERROR_LENGTH = 500;

  public static AttemptResult answered(int statusCode, Duration duration) {
    return new AttemptResult(statusCode, statusCode / 100 == 2 ? null : "HTTP " + statusCode, duration);
  }

  public static AttemptResult failed(String error, Duration duration) {
    String e = error == null || error.isBlank() ? "failed" : error;
    return new AttemptResult(null, e.length() > MAX_ERROR_LENGTH ? e.substring(0, MAX_ERROR_LENGTH) : e, duration);
  }

  public boolean succeeded() {
    return statusCode != null && statusCode / 100 == 2;
  }
}
