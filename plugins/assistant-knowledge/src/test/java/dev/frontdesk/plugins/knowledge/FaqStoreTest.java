package dev.frontdesk.plugins.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.frontdesk.spi.KeyValueStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FaqStoreTest {

  /** A store whose quota holds a number of entries (a stand-in for bytes). */
  static final class TightStore implements KeyValueStore {
    final TreeMap<String, String> map = new TreeMap<>();
    int capacity;

    TightStore(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public Optional<String> get(String key) {
      return Optional.ofNullable(map.get(key));
    }

    @Override
    public void put(String key, String value) {
      long entries = map.keySet().stream().filter(k -> k.startsWith(FaqStore.ENTRY)).count();
      if (key.startsWith(FaqStore.ENTRY) && !map.containsKey(key) && entries >= capacity) {
        throw new QuotaExceededException("full");
      }
      map.put(key, value);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
      return map.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean delete(String key) {
      return map.remove(key) != null;
    }

    @Override
    public Map<String, String> list(String prefix, int limit) {
      Map<String, String> out = new TreeMap<>();
      map.tailMap(prefix).forEach((k, v) -> {
        if (k.startsWith(prefix) && out.size() < limit) {
          out.put(k, v);
        }
      });
      return out;
    }
  }

  static FaqEntry entry(String id, String answer) {
    return new FaqEntry(id, "c", List.of("q " + id), answer);
  }

  @Test
  void aFailedBulkWriteRestoresEarlierValues() {
    TightStore kv = new TightStore(2);
    FaqStore store = new FaqStore(kv);
    store.put(entry("a", "old a"));
    store.put(entry("b", "old b"));
    String before = store.revision();
    // Room for two entries: "a" is replaced, "c" hits the quota, so "a" must get its old answer back.
    assertThrows(KeyValueStore.QuotaExceededException.class,
        () -> store.replaceAll(List.of(entry("a", "new a"), entry("c", "new c")), List.of("b")));
    assertEquals("old a", store.get("a").orElseThrow().answer());
    assertEquals("old b", store.get("b").orElseThrow().answer());
    assertEquals(Optional.empty(), store.get("c"));
    assertNotEquals(before, store.revision(), "nodes re-read after a failed import too");
  }

  @Test
  void writesChangeTheRevision() {
    FaqStore store = new FaqStore(new TightStore(100));
    String r0 = store.revision();
    store.put(entry("a", "x"));
    String r1 = store.revision();
    assertNotEquals(r0, r1);
    store.delete("a");
    assertNotEquals(r1, store.revision());
    String r2 = store.revision();
    store.delete("a");
    assertEquals(r2, store.revision(), "deleting nothing changes nothing");
  }
}
