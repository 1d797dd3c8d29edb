package dev.frontdesk.attachments;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The current tenant's uploads. Bytes are streamed into the store outside any transaction (an upload may take
 * minutes), checked, and only then recorded; a refused or failed upload leaves nothing behind.
 */
@ApplicationScoped
public class Attachments {

  private static final Logger LOG = Logger.getLogger(Attachments.class.getName());

  /** How much of a refused upload is read and thrown away so the client gets the answer; see discardRest. */
  static final long DISCARD_LIMIT = 32 * 1024 * 1024;

  @PersistenceContext EntityManager em;
  @Inject AttachmentStore store;
  @Inject FileLinks links;
  @Inject Clock clock;
  @Inject Attachments self;
  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * The kind named by an upload's {@code kind} parameter, for files sent in messages (avatars have their own
   * route).
   */
  public static AttachmentKind messageKind(String name) {
    if (name == null || name.isBlank()) {
      throw ProblemException.invalid("kind", "must be given: image, video, voice, file or sticker");
    }
    AttachmentKind kind;
    try {
      kind = AttachmentKind.fromName(name.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("kind", e.getMessage());
    }
    if (kind == AttachmentKind.AVATAR) {
      throw ProblemException.invalid("kind", "avatars are set with PUT /api/v1/accounts/{id}/avatar");
    }
    return kind;
  }

  /**
   * Streams an upload into the store and records it.
   *
   * @param declaredLength the request's Content-Length, if any: an upload that announces too many bytes is refused
   *     without storing a byte
   * @param declaredType the request's Content-Type; only used to refuse form uploads, the type comes from the bytes
   */
  public Attachment upload(
      AttachmentKind kind, String name, Long declaredLength, String declaredType, InputStream body, Uploader by) {
    UUID tenantId = TenantContext.current().orElseThrow(() -> new IllegalStateException("no tenant"));
    InputStream in = body == null ? InputStream.nullInputStream() : body;
    if (declaredType != null && declaredType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      discardRest(in);
      throw AttachmentProblems.wrongType(
          "send the file's bytes as the request body (with ?kind= and ?name=), not as a multipart form");
    }
    if (declaredLength != null && declaredLength > kind.maxBytes()) {
      discardRest(in);
      rejected(() -> kind.check(null, declaredLength)); // refuses it as too large
    }
    StoredObject stored;
    try {
      stored = store.put(tenantId.toString(), in, kind.maxBytes());
    } catch (AttachmentRejected e) {
      discardRest(in);
      throw AttachmentProblems.of(e);
    } catch (IOException e) {
      throw ProblemException.badRequest("The upload broke off before all bytes arrived (" + e.getMessage() + ").");
    }
    try {
      String sniffed = stored.sniffedType().orElse(null);
      String type = rejected(() -> kind.check(sniffed, stored.size()));
      String clean = FileNames.clean(name, kind, type);
      Optional<String> mismatch = FileNames.mismatch(clean, sniffed);
      if (mismatch.isPresent()) {
        throw AttachmentProblems.wrongType(mismatch.get() + ".");
      }
      return self.save(new Attachment(kind, type, clean, stored, by, clock.instant()));
    } catch (RuntimeException e) {
      deleteQuietly(stored.key());
      throw e;
    }
  }

  @Transactional
  public Attachment save(Attachment attachment) {
    em.persist(attachment);
    return attachment;
  }

  /** An upload as the API shows it, with a fresh download link. */
  public AttachmentView view(Attachment a) {
    return AttachmentView.of(a, links.url(TenantContext.currentOrNone(), a.id()));
  }

  @Transactional
  public Optional<Attachment> find(UUID id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  /**
   * The upload, for sending it in a message: only its uploader may. Someone else's upload is as good as absent.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Attachment useInMessage(UUID id, Uploader by, UUID sessionId) {
    Attachment a = id == null ? null : em.find(Attachment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || !a.uploader().equals(by)) {
      throw ProblemException.invalid(
          "content.attachmentId", "no upload " + id + " of yours; upload the file first, then send its id");
    }
    a.used(sessionId, clock.instant());
    return a;
  }

  /** An attachment's bytes (for a channel plugin delivering it); 404 when it is gone. */
  @Transactional
  public byte[] bytes(UUID id) {
    Attachment a = em.find(Attachment.class, id);
    if (a == null) {
      throw ProblemException.notFound("No file " + id + ".");
    }
    try (InputStream in = store.open(a.storageKey())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw ProblemException.notFound("The bytes of file " + id + " are missing from the store.");
    }
  }

  /** Marks an avatar as in use (kept for good). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Attachment useAsAvatar(UUID id) {
    Attachment a = em.find(Attachment.class, id);
    if (a == null || a.kind() != AttachmentKind.AVATAR) {
      throw new IllegalArgumentException("not an avatar: " + id);
    }
    a.used(null, clock.instant());
    return a;
  }

  /** Deletes the record now and the bytes once the transaction commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void discard(UUID id) {
    Attachment a = em.find(Attachment.class, id);
    if (a == null) {
      return;
    }
    em.remove(a);
    String key = a.storageKey();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              deleteQuietly(key);
            }
          }
        });
  }

  /**
   * Deletes the files first sent in a session whose messages are being deleted, unless sent again since
   * {@code cutoff} (an uploader may send an upload again in a later session); bytes go once the transaction commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int discardSentIn(UUID sessionId, Instant cutoff) {
    List<UUID> ids =
        em.createQuery("select a.id from Attachment a where a.sessionId = :s and a.usedAt < :cutoff", UUID.class)
            .setParameter("s", sessionId)
            .setParameter("cutoff", cutoff)
            .getResultList();
    ids.forEach(this::discard);
    return ids.size();
  }

  /** Uploads nobody sent within the grace period, oldest first. */
  @Transactional
  public List<UUID> unusedSince(Instant before, int limit) {
    return em.createQuery(
            "select a.id from Attachment a where a.usedAt is null and a.createdAt < :before order by a.createdAt",
            UUID.class)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Deletes an upload if it is still unused (it may have been sent since it was listed). */
  @Transactional
  public boolean discardIfUnused(UUID id) {
    Attachment a = em.find(Attachment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || a.usedAt() != null) {
      return false;
    }
    discard(id);
    return true;
  }

  /** Whether the store still has the upload's bytes. */
  public boolean stored(Attachment a) {
    return store.exists(a.storageKey());
  }

  /** The stored bytes, from the start or from {@code offset}. */
  public InputStream open(Attachment a, long offset) throws IOException {
    InputStream in = store.open(a.storageKey());
    try {
      in.skipNBytes(offset);
      return in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads what is left of a refused upload, up to a bound, without keeping it. A client still sending when the
   * answer comes would otherwise see the connection cut instead of the 413; past the bound, that is its lot.
   */
  private static void discardRest(InputStream in) {
    try {
      long left = DISCARD_LIMIT;
      byte[] buffer = new byte[64 * 1024];
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1; ) {
        left -= n;
      }
    } catch (IOException e) {
      // the client gave up: nothing to answer anyway
    }
  }

  private void deleteQuietly(String key) {
    try {
      store.delete(key);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not delete the stored object " + key + "; it is left over", e);
    }
  }

  private static <T> T rejected(java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (AttachmentRejected e) {
      throw AttachmentProblems.of(e);
    }
  }
}
