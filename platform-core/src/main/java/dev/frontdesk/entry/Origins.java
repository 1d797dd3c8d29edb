package dev.frontdesk.entry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Web origins as an allow-list holds them: {@code scheme://host[:port]}, lower case, no path. */
public final class Origins {

  private Origins() {}

  /** Normalizes each origin, or throws IllegalArgumentException naming the bad one. */
  public static List<String> normalize(List<String> origins) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String raw : origins == null ? List.<String>of() : origins) {
      out.add(normalize(raw));
    }
    return new ArrayList<>(out);
  }

  public static String normalize(String raw) {
    String value = raw == null ? "" : raw.strip();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean bare =
          uri.getHost() != null
              && uri.getUserInfo() == null
              && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
              && uri.getRawQuery() == null
              && uri.getRawFragment() == null;
      if (!(scheme.equals("https") || scheme.equals("http")) || !bare) {
        throw new IllegalArgumentException(
            "'" + value + "' is not a web origin; write it like https://shop.example.com");
      }
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + value + "' is not a web origin; write it like https://shop.example.com");
    }
  }

  /**
   * Whether a request's Origin names the server it was sent to (its Host header): a page Frontdesk itself served,
   * such as the hosted chat page or the widget's panel, whatever address the browser used to reach it.
   */
  public static boolean sameHost(String origin, String hostHeader) {
    if (origin == null || hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    try {
      URI o = new URI(origin.strip());
      URI h = new URI("//" + hostHeader.strip());
      if (o.getHost() == null || h.getHost() == null || o.getScheme() == null) {
        return false;
      }
      int defaultPort = o.getScheme().equalsIgnoreCase("https") ? 443 : 80;
      int originPort = o.getPort() >= 0 ? o.getPort() : defaultPort;
      int hostPort = h.getPort() >= 0 ? h.getPort() : defaultPort;
      return o.getHost().equalsIgnoreCase(h.getHost()) && originPort == hostPort;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
