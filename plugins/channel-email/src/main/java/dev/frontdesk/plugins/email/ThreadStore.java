package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.KeyValueStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's bookkeeping in the tenant's store, every key under the CS account because the store is shared by
 * all of a tenant's bindings:
 *
 * <ul>
 *   <li>{@code msg/<account>/<message-id>} → the thread key (the thread's root Message-ID), for every inbound
 *       message, every id it referenced, and every reply sent;
 *   <li>{@code thread/<account>/<thread-key>} → the thread's subject, customer address, latest Message-ID and a
 *       bounded References chain;
 *   <li>{@code imap/<account>} → where reading stopped: mailbox identity, UIDVALIDITY and last UID seen.
 * </ul>
 *
 * Keys longer than the store allows use a SHA-256 of the id instead.
 */
final class ThreadStore {

  /** References kept per thread: the root and the most recent ones, as mailers do when chains grow long. */
  static final int MAX_REFERENCES = 20;

  private static final int MAX_KEY = 200;

  private final KeyValueStore store;
  private final String account;

  ThreadStore(KeyValueStore store, String account) {
    this.store = store;
    this.account = account;
  }

  /** A thread: {@code references} oldest first, ending with {@code latest}. */
  record EmailThread(String key, String subject, String customerEmail, String latest, List<String> references) {
    EmailThread {
      references = List.copyOf(references);
    }

    EmailThread with(String messageId) {
      List<String> refs = new ArrayList<>(references);
      refs.remove(messageId);
      refs.add(messageId);
      while (refs.size() > MAX_REFERENCES) {
        refs.remove(1); // keep the root, drop the oldest after it
      }
      return new EmailThread(key, subject, customerEmail, messageId, refs);
    }
  }

  /** Reading state of the mailbox. */
  record Cursor(String mailbox, long uidValidity, long lastUid) {}

  Optional<String> threadOf(String messageId) {
    return store.get(key("msg/", messageId));
  }

  void mapMessage(String messageId, String threadKey) {
    store.put(key("msg/", messageId), threadKey);
  }

  /** Maps an id only if it is not mapped yet: a referenced id never moves to another thread. */
  void mapIfAbsent(String messageId, String threadKey) {
    store.putIfAbsent(key("msg/", messageId), threadKey);
  }

  Optional<EmailThread> thread(String threadKey) {
    return store.get(key("thread/", threadKey)).map(v -> decodeThread(threadKey, v));
  }

  void save(EmailThread t) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("subject", t.subject());
    fields.put("customer", t.customerEmail());
    fields.put("latest", t.latest());
    fields.put("refs", String.join(" ", t.references()));
    store.put(key("thread/", t.key()), encode(fields));
  }

  Optional<Cursor> cursor() {
    return store.get("imap/" + account).map(v -> {
      Map<String, String> f = decode(v);
      return new Cursor(
          f.getOrDefault("mailbox", ""),
          Long.parseLong(f.getOrDefault("uidvalidity", "-1")),
          Long.parseLong(f.getOrDefault("lastuid", "0")));
    });
  }

  void saveCursor(Cursor c) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("mailbox", c.mailbox());
    fields.put("uidvalidity", Long.toString(c.uidValidity()));
    fields.put("lastuid", Long.toString(c.lastUid()));
    store.put("imap/" + account, encode(fields));
  }

  private String key(String kind, String id) {
    String k = kind + account + "/" + id;
    return k.length() <= MAX_KEY ? k : kind + account + "/#" + MessageIds.sha256(id);
  }

  private static EmailThread decodeThread(String key, String value) {
    Map<String, String> f = decode(value);
    String refs = f.getOrDefault("refs", "");
    return new EmailThread(
        key,
        f.getOrDefault("subject", ""),
        f.getOrDefault("customer", ""),
        f.getOrDefault("latest", key),
        refs.isBlank() ? List.of() : List.of(refs.split(" ")));
  }

  /** One {@code name=value} per line; values have backslashes and line breaks escaped. */
  static String encode(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      String v = e.getValue() == null ? "" : e.getValue();
      out.append(e.getKey()).append('=')
          .append(v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
          .append('\n');
    }
    return out.toString();
  }

  static Map<String, String> decode(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      StringBuilder v = new StringBuilder();
      String raw = line.substring(eq + 1);
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '\\' && i + 1 < raw.length()) {
          char n = raw.charAt(++i);
          v.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        } else {
          v.append(c);
        }
      }
      out.put(line.substring(0, eq), v.toString());
    }
    return out;
  }
}
