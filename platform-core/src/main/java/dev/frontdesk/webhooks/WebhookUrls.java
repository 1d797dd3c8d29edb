package dev.frontdesk.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks a webhook URL a tenant supplies, before it is stored. Only https is accepted in production, so payloads and
 * signatures are never sent in clear. As a guard against server-side request forgery, literal loopback, private and
 * link-local addresses and {@code localhost} are refused too. That looks only at the URL as written: a public name
 * that resolves to a private address is caught by {@link WebhookClient} when it resolves the name for an attempt.
 */
public final class WebhookUrls {

  public static final int MAX_LENGTH = 2000;

  private WebhookUrls() {}

  /**
   * The URL, normalized (lower-case scheme and host, no default port, path at least {@code /}).
   *
   * @param allowInsecure also allow http and loopback hosts (never other internal ones); for local development and
   *     tests only
   * @throws IllegalArgumentException saying what is wrong
   */
  public static URI validate(String url, boolean allowInsecure) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a webhook URL is required");
    }
    String text = url.strip();
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("webhook URLs must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("webhook URL is not valid: " + e.getMessage());
    }
    if (!uri.isAbsolute() || uri.isOpaque()) {
      throw new IllegalArgumentException("webhook URLs must be absolute, like https://example.com/hooks");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
      throw new IllegalArgumentException(
          allowInsecure ? "webhook URLs must use http or https" : "webhook URLs must use https");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("webhook URLs must not contain a user name or password");
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException("webhook URLs must not contain a fragment (#...)");
    }
    if (uri.getHost() == null) {
      // Also what java.net.URI reports for hosts it cannot parse, e.g. with '_' or a port out of range.
      throw new IllegalArgumentException("webhook URLs must have a valid host name");
    }
    // java.net.URI takes any digits as a port.
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      throw new IllegalArgumentException("webhook URL ports must be between 1 and 65535");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    InternalHosts.check(host, allowInsecure);
    return normalized(scheme, host, uri);
  }

  private static URI normalized(String scheme, String host, URI uri) {
    int defaultPort = scheme.equals("https") ? 443 : 80;
    String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    // normalize() drops "." and ".." segments, so what we store is what we will call.
    return URI.create(scheme + "://" + host + port + path + query).normalize();
  }
}
