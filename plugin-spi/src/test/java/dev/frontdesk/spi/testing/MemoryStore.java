package dev.frontdesk.spi.testing;

import dev.frontdesk.spi.KeyValueStore;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The harness's (plugin, tenant) store: a sorted map with the same key and quota rules as the platform's. */
final class MemoryStore implements KeyValueStore {

  static final int MAX_KEY = 200;

  private final TreeMap<String, String> entries = new TreeMap<>();
  private final long quotaBytes;

  MemoryStore(long quotaBytes) {
    this.quotaBytes = quotaBytes;
  }

  @Override
  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(entries.get(checked(key)));
  }

  @Override
  public synchronized void put(String key, String value) {
    checked(key);
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    String old = entries.get(key);
    long after = used() - (old == null ? 0 : size(key, old)) + size(key, value);
    if (after > quotaBytes) {
      throw new QuotaExceededException(
          "storage quota of " + quotaBytes + " bytes exceeded (" + after + " bytes after this write)");
    }
    entries.put(key, value);
  }

  @Override
  public synchronized boolean putIfAbsent(String key, String value) {
    if (entries.containsKey(checked(key))) {
      return false;
    }
    put(key, value);
    return true;
  }

  @Override
  public synchronized boolean delete(String key) {
    return entries.remove(checked(key)) != null;
  }

  @Override
  public synchronized Map<String, String> list(String prefix, int limit) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries.tailMap(prefix, true).entrySet()) {
      if (!e.getKey().startsWith(prefix) || out.size() >= limit) {
        break;
      }
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private long used() {
    long total = 0;
    for (Map.Entry<String, String> e : entries.entrySet()) {
      total += size(e.getKey(), e.getValue());
    }
    return total;
  }

  private static long size(String key, String value) {
    return key.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String checked(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException("a key must have 1 to " + MAX_KEY + " characters");
    }
    return key;
  }
}
