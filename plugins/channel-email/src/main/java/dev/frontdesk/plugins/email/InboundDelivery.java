package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.ExternalCustomer;
import dev.frontdesk.spi.InboundMessage;
import dev.frontdesk.spi.Inbound;
import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.spi.Metrics;
import dev.frontdesk.spi.PluginLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files one parsed email into its thread and hands it to the conversation engine: a text message (the subject
 * line first when the email starts a thread or changes the subject, then the new text, then notes about skipped
 * attachments) followed by one file message per attachment.
 *
 * <p>Threading: the thread key is the root Message-ID. The In-Reply-To id, then the References from newest to
 * oldest, are looked up in the store's message map (which holds received ids, ids they referenced and ids of
 * replies sent); the first hit names the thread. With no hit the email starts a thread keyed by its oldest
 * reference, or by its own id when it references nothing.
 */
final class InboundDelivery {

  private final Binding binding;
  private final String account;
  private final ThreadStore threads;
  private final Metrics metrics;
  private final PluginLog log;

  InboundDelivery(Binding binding, String account, ThreadStore threads, Metrics metrics, PluginLog log) {
    this.binding = binding;
    this.account = account;
    this.threads = threads;
    this.metrics = metrics;
    this.log = log;
  }

  /** Thread key the email belongs to, by the rules above. */
  String threadKeyOf(ParsedEmail e) {
    Optional<String> own = threads.threadOf(e.messageId());
    if (own.isPresent()) {
      return own.get();
    }
    List<String> candidates = new ArrayList<>();
    if (e.inReplyTo() != null) {
      candidates.add(e.inReplyTo());
    }
    for (int i = e.references().size() - 1; i >= 0; i--) {
      candidates.add(e.references().get(i));
    }
    for (String id : candidates) {
      Optional<String> known = threads.threadOf(id);
      if (known.isPresent()) {
        return known.get();
      }
    }
    return e.references().isEmpty() ? e.messageId() : e.references().get(0);
  }

  /** Delivers the email; true when it was new to the engine (false: a re-delivery). */
  boolean deliver(ParsedEmail e) {
    String key = threadKeyOf(e);
    boolean seenBefore = threads.threadOf(e.messageId()).isPresent();
    Optional<ThreadStore.EmailThread> existing = threads.thread(key);
    String subject = Subjects.base(e.subject());
    boolean showSubject =
        existing.isEmpty() || (!subject.isEmpty() && !subject.equalsIgnoreCase(existing.get().subject()));

    try {
      record(e, key, existing, subject, seenBefore);
    } catch (KeyValueStore.QuotaExceededException full) {
      // deliver anyway: a message in the wrong session beats a mailbox that stops being read
      metrics.increment("failures");
      log.warn("The email channel's storage is full ({}); threading of new emails may break until the plugin's "
          + "storage is raised", full.getMessage());
    }

    // someone else writing in the thread (a colleague of the customer) stays in the thread's session, named
    boolean otherSender = existing.isPresent() && !e.fromAddress().equals(existing.get().customerEmail());
    ExternalCustomer customer =
        otherSender
            ? new ExternalCustomer(existing.get().customerEmail(), null, existing.get().customerEmail())
            : new ExternalCustomer(e.fromAddress(), displayName(e), e.fromAddress());
    Inbound inbound = binding.inbound();
    String externalBase = account + "/" + e.messageId();
    boolean fresh = false;

    String text = composeText(e, showSubject ? (e.subject().isEmpty() ? "(no subject)" : e.subject()) : null);
    if (otherSender) {
      text = "From: " + displayName(e) + " <" + e.fromAddress() + ">" + (text.isEmpty() ? "" : "\n" + text);
    }
    if (!text.isEmpty()) {
      fresh |= receive(inbound, new InboundMessage(account, customer, key, externalBase, Content.text(text)));
    }
    int n = 0;
    for (ParsedEmail.Attachment a : e.attachments()) {
      n++;
      String kind = a.contentType().startsWith("image/") ? "image" : "file";
      Content file = new Content.File(kind, a.name(), a.contentType(), a.data());
      String id = externalBase + "#" + n;
      try {
        fresh |= !inbound.receive(new InboundMessage(account, customer, key, id, file)).duplicate();
      } catch (IllegalArgumentException refused) {
        log.warn("Attachment {} of email {} was refused: {}", a.name(), e.messageId(), refused.getMessage());
        fresh |= receive(inbound, new InboundMessage(account, customer, key, id,
            Content.text("[Attachment not delivered: " + a.name() + " (" + refused.getMessage() + ")]")));
      }
    }
    return fresh;
  }

  /** The store's side of receiving: the message map and the thread's subject, customer and chain. */
  private void record(
      ParsedEmail e, String key, Optional<ThreadStore.EmailThread> existing, String subject, boolean seenBefore) {
    // map before delivering: a reply sent the moment the session opens already finds its thread
    threads.mapMessage(e.messageId(), key);
    for (String ref : e.references()) {
      threads.mapIfAbsent(ref, key);
    }
    ThreadStore.EmailThread thread =
        existing
            .map(t -> t.with(e.messageId()))
            .orElseGet(() -> new ThreadStore.EmailThread(key, subject, e.fromAddress(), e.messageId(),
                bounded(e.references(), e.messageId())));
    if (!seenBefore || existing.isEmpty()) { // a re-polled older email must not become the thread's latest again
      threads.save(thread);
    }
  }

  private boolean receive(Inbound inbound, InboundMessage m) {
    try {
      return !inbound.receive(m).duplicate();
    } catch (IllegalArgumentException refused) {
      metrics.increment("failures");
      log.warn("Email {} was refused by the conversation engine: {}", m.externalId(), refused.getMessage());
      return false;
    }
  }

  /** The text message: subject line, new text, skipped attachments; "(empty email)" when nothing else. */
  static String composeText(ParsedEmail e, String subjectLine) {
    StringBuilder out = new StringBuilder();
    if (subjectLine != null) {
      out.append("Subject: ").append(subjectLine);
    }
    if (!e.text().isBlank()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(e.text().strip());
    }
    for (String skipped : e.skipped()) {
      out.append(out.length() > 0 ? "\n" : "").append("[Attachment skipped: ").append(skipped).append(']');
    }
    if (out.length() == 0 && e.attachments().isEmpty()) {
      out.append("(empty email)");
    }
    return out.toString();
  }

  private static List<String> bounded(List<String> refs, String own) {
    List<String> chain = new ArrayList<>(refs);
    chain.add(own);
    while (chain.size() > ThreadStore.MAX_REFERENCES) {
      chain.remove(1);
    }
    return chain;
  }

  private static String displayName(ParsedEmail e) {
    if (e.fromName() != null && !e.fromName().isBlank()) {
      return e.fromName().strip();
    }
    return e.fromAddress().substring(0, e.fromAddress().indexOf('@'));
  }
}
