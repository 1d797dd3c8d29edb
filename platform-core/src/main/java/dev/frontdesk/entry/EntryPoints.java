package dev.frontdesk.entry;

import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.database.UniqueViolations;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's entry points, and the public look-up of a key. */
@ApplicationScoped
public class EntryPoints {

  private static final Map<String, String> CONFLICTS =
      Map.of("entry_points_scene_key", "This account already has an entry point with that scene.");
  private static final char[] KEY_ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;

  /** An entry point with its (live) account: what a visitor reaches through a key. */
  public record Resolved(EntryPoint entryPoint, CsAccount account) {}

  @Transactional
  public List<EntryPoint> list(UUID accountId) {
    accounts.get(accountId);
    return em.createQuery(
            "select e from EntryPoint e where e.accountId = :a order by e.createdAt, e.id", EntryPoint.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Transactional
  public EntryPoint get(UUID id) {
    EntryPoint entry = em.find(EntryPoint.class, id);
    if (entry == null) {
      throw ProblemException.notFound("No entry point " + id + " in your company.");
    }
    return entry;
  }

  @Transactional
  public EntryPoint create(UUID accountId, String scene, String name, List<String> origins) {
    accounts.get(accountId);
    EntryPoint entry =
        new EntryPoint(accountId, newKey(), scene, name == null ? scene : name, origins(origins), clock.instant());
    flushed(() -> em.persist(entry));
    em.persist(new EntryKey(entry.key(), TenantContext.current().orElseThrow(), entry.id()));
    return entry;
  }

  @Transactional
  public EntryPoint update(UUID id, String scene, String name, List<String> origins) {
    EntryPoint entry = get(id);
    entry.update(
        scene != null ? scene : entry.scene(),
        name != null ? name : entry.name(),
        origins != null ? origins(origins) : entry.allowedOrigins());
    flushed(() -> {});
    return entry;
  }

  @Transactional
  public void delete(UUID id) {
    EntryPoint entry = get(id);
    em.createQuery("delete from EntryKey k where k.entryPointId = :id").setParameter("id", id).executeUpdate();
    em.remove(entry);
  }

  /** The tenant a public key belongs to; read before any tenant is known. */
  @Transactional
  public Optional<UUID> tenantOfKey(String key) {
    if (key == null || key.length() > 40) {
      return Optional.empty();
    }
    EntryKey entryKey = em.find(EntryKey.class, key);
    return Optional.ofNullable(entryKey).map(EntryKey::tenantId);
  }

  /** The entry point behind a key, in the current tenant, while its account exists. */
  @Transactional
  public Optional<Resolved> resolve(String key) {
    return em.createQuery("select e from EntryPoint e where e.key = :k", EntryPoint.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst()
        .flatMap(
            e -> {
              CsAccount account = em.find(CsAccount.class, e.accountId());
              return account == null || account.deleted()
                  ? Optional.empty()
                  : Optional.of(new Resolved(e, account));
            });
  }

  private void flushed(Runnable change) {
    try {
      change.run();
      em.flush();
    } catch (PersistenceException e) {
      throw UniqueViolations.translate(e, CONFLICTS);
    }
  }

  private static List<String> origins(List<String> origins) {
    try {
      return Origins.normalize(origins);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("allowedOrigins", e.getMessage());
    }
  }

  /** 16 characters from an unambiguous alphabet: about 93 bits, short enough for a QR code. */
  static String newKey() {
    StringBuilder key = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      key.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
    }
    return key.toString();
  }
}
