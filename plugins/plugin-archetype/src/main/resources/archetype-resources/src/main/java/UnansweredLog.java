package ${package};

import dev.frontdesk.spi.KeyValueStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest questions the assistant could not answer, so the tenant's admins know which answers to add. Kept in
 * the plugin's store for the tenant, one entry per question under a key that sorts by time; only the newest
 * {@link #KEEP} stay, so the list never grows towards the storage quota.
 */
final class UnansweredLog {

  static final String PREFIX = "unanswered/";
  static final int KEEP = 50;
  static final int MAX_QUESTION = 500;

  private static final int STAMP_DIGITS = 16;
  private static final AtomicLong LAST_STAMP = new AtomicLong();

  record Entry(Instant at, String question) {}

  /** False when the store refused the write (its quota is full): losing a log line must not fail the turn. */
  static boolean record(KeyValueStore store, String question, Instant at) {
    String text = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
    // Microseconds first, so keys sort oldest to newest (strictly increasing on this node); the random tail keeps
    // questions from two nodes of a cluster apart.
    long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    long stamp = LAST_STAMP.updateAndGet(last -> Math.max(last + 1, micros));
    String key = PREFIX + String.format("%016d-%04x", stamp, ThreadLocalRandom.current().nextInt(0x10000));
    try {
      store.put(key, text);
    } catch (KeyValueStore.QuotaExceededException full) {
      return false;
    }
    List<String> keys = new ArrayList<>(store.list(PREFIX, 2 * KEEP).keySet());
    for (int i = 0; i < keys.size() - KEEP; i++) {
      store.delete(keys.get(i));
    }
    return true;
  }

  /** Newest first. */
  static List<Entry> newest(KeyValueStore store) {
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, String> e : store.list(PREFIX, 2 * KEEP).entrySet()) {
      long micros = Long.parseLong(e.getKey().substring(PREFIX.length(), PREFIX.length() + STAMP_DIGITS));
      out.add(new Entry(Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1_000), e.getValue()));
    }
    Collections.reverse(out);
    return out.size() > KEEP ? out.subList(0, KEEP) : out;
  }

  static void clear(KeyValueStore store) {
    Map<String, String> batch;
    while (!(batch = store.list(PREFIX, 100)).isEmpty()) {
      batch.keySet().forEach(store::delete);
    }
  }
}
