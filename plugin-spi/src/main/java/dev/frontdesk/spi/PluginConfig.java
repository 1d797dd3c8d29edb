package dev.frontdesk.spi;

import java.util.Map;
import java.util.Optional;

/**
 * A binding's configuration: the object the tenant admin entered through the form generated from the
 * descriptor's {@code configSchema}, with defaults applied. Values are {@link String}, {@link Long}, {@link
 * Double}, {@link Boolean} or a {@link java.util.List} of strings. Secrets ({@code "writeOnly": true} in the
 * schema) are readable here but never leave the platform through its API.
 */
public interface PluginConfig {

  Map<String, Object> values();

  default Optional<String> string(String key) {
    Object v = values().get(key);
    return v == null ? Optional.empty() : Optional.of(v.toString());
  }

  default String string(String key, String fallback) {
    return string(key).orElse(fallback);
  }

  default long integer(String key, long fallback) {
    Object v = values().get(key);
    return v instanceof Number n ? n.longValue() : fallback;
  }

  default double number(String key, double fallback) {
    Object v = values().get(key);
    return v instanceof Number n ? n.doubleValue() : fallback;
  }

  default boolean bool(String key, boolean fallback) {
    Object v = values().get(key);
    return v instanceof Boolean b ? b : fallback;
  }
}
