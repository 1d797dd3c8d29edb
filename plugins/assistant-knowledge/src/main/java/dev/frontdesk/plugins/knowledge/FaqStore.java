package dev.frontdesk.plugins.knowledge;

import dev.frontdesk.spi.KeyValueStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's FAQ in the plugin's key-value store: one key per entry ({@code faq/e/<id>}, JSON) and a
 * revision key ({@code faq/rev}) that every write changes, so each node can tell cheaply whether its in-memory
 * index is stale. Per-session unanswered-turn counters live under {@code turns/}.
 */
final class FaqStore {

  static final String REVISION = "faq/rev";
  static final String ENTRY = "faq/e/";
  static final String TURNS = "turns/";
  /** The store lists by prefix with a limit and no cursor, so a tenant's FAQ is capped below that limit. */
  static final int MAX_ENTRIES = 5000;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private final KeyValueStore kv;

  FaqStore(KeyValueStore kv) {
    this.kv = kv;
  }

  String revision() {
    return kv.get(REVISION).orElse("none");
  }

  List<FaqEntry> all() {
    Map<String, String> raw = kv.list(ENTRY, MAX_ENTRIES + 1);
    List<FaqEntry> out = new ArrayList<>(raw.size());
    for (String json : raw.values()) {
      out.add(JsonCodec.entryFrom(JsonCodec.parseObject(json)));
    }
    return out;
  }

  int count() {
    return kv.list(ENTRY, MAX_ENTRIES + 1).size();
  }

  Optional<FaqEntry> get(String id) {
    if (!FaqEntry.ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return kv.get(ENTRY + id).map(json -> JsonCodec.entryFrom(JsonCodec.parseObject(json)));
  }

  void put(FaqEntry e) {
    kv.put(ENTRY + e.id(), JsonCodec.entryJson(e).toString());
    touch();
  }

  boolean delete(String id) {
    boolean gone = FaqEntry.ID.matcher(id).matches() && kv.delete(ENTRY + id);
    if (gone) {
      touch();
    }
    return gone;
  }

  /**
   * Writes many entries and deletes others as one change: when a write fails (the quota, say) the keys already
   * touched get their earlier values back, so an import leaves either all of its rows or none. The store has no
   * transactions; a node crashing midway can still leave part of it.
   */
  void replaceAll(Collection<FaqEntry> upserts, Collection<String> deletions) {
    Map<String, Optional<String>> before = new LinkedHashMap<>();
    try {
      for (FaqEntry e : upserts) {
        String key = ENTRY + e.id();
        before.putIfAbsent(key, kv.get(key));
        kv.put(key, JsonCodec.entryJson(e).toString());
      }
      for (String id : deletions) {
        String key = ENTRY + id;
        before.putIfAbsent(key, kv.get(key));
        kv.delete(key);
      }
    } catch (RuntimeException e) {
      // Keys that were new go first, freeing room for the old values to return.
      before.forEach((key, old) -> {
        if (old.isEmpty()) {
          kv.delete(key);
        }
      });
      before.forEach((key, old) -> old.ifPresent(v -> {
        try {
          kv.put(key, v);
        } catch (RuntimeException restoreFailed) {
          e.addSuppressed(restoreFailed);
        }
      }));
      throw e;
    } finally {
      touch();
    }
  }

  String newId() {
    for (;;) {
      StringBuilder id = new StringBuilder("e-");
      for (int i = 0; i < 10; i++) {
        id.append(ID_CHARS[RANDOM.nextInt(ID_CHARS.length)]);
      }
      if (kv.get(ENTRY + id).isEmpty()) {
        return id.toString();
      }
    }
  }

  private void touch() {
    kv.put(REVISION, UUID.randomUUID().toString());
  }

  // --- consecutive unanswered turns per session ---------------------------------------------------------------

  /** The session's count of consecutive unanswered turns so far. */
  int unanswered(String sessionId) {
    return kv.get(turnsKey(sessionId)).map(FaqStore::countOf).orElse(0);
  }

  void setUnanswered(String sessionId, int count, long nowMillis) {
    kv.put(turnsKey(sessionId), count + "|" + nowMillis);
  }

  void clearUnanswered(String sessionId) {
    kv.delete(turnsKey(sessionId));
  }

  /** Drops counters of sessions that went quiet (closed elsewhere, customer left) so they do not pile up. */
  int dropStaleCounters(long olderThanMillis) {
    int dropped = 0;
    for (Map.Entry<String, String> e : kv.list(TURNS, 10_000).entrySet()) {
      int bar = e.getValue().indexOf('|');
      long at = bar < 0 ? 0 : parseLong(e.getValue().substring(bar + 1));
      if (at < olderThanMillis && kv.delete(e.getKey())) {
        dropped++;
      }
    }
    return dropped;
  }

  static String turnsKey(String sessionId) {
    String key = TURNS + sessionId;
    // Keys are capped at 200 characters; a long session id is replaced by its digest.
    return key.length() <= 200 ? key : TURNS + "#" + sha256(sessionId);
  }

  private static int countOf(String value) {
    int bar = value.indexOf('|');
    return (int) parseLong(bar < 0 ? value : value.substring(0, bar));
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
