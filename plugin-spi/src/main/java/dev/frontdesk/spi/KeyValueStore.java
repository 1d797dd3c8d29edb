package dev.frontdesk.spi;

import java.util.Map;
import java.util.Optional;

/**
 * Durable storage scoped to (plugin, tenant), shared by the cluster. Keys are at most 200 characters; the total
 * size per tenant is capped by the storage the descriptor asks for. Writes are immediately visible to every
 * node.
 */
public interface KeyValueStore {

  Optional<String> get(String key);

  /** Stores a value, replacing any; throws {@link QuotaExceededException} past the plugin's storage quota. */
  void put(String key, String value);

  /** Stores the value only if the key is absent; true when it did. Use it to claim work exactly once. */
  boolean putIfAbsent(String key, String value);

  boolean delete(String key);

  /** The entries whose keys start with the prefix, in key order, at most {@code limit} of them. */
  Map<String, String> list(String prefix, int limit);

  /** Thrown when a write would take the tenant's storage for the plugin past its quota. */
  final class QuotaExceededException extends RuntimeException {
    public QuotaExceededException(String message) {
      super(message);
    }
  }
}
