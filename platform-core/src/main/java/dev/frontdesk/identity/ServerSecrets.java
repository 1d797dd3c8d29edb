package dev.frontdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named server-wide keys (visitor tokens, real-time tickets, download links, bus notifications), created on first use. Every instance reads
 * the same key from the database; the first to create one wins and the others read it back.
 */
@ApplicationScoped
public class ServerSecrets {

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ServerSecrets self;

  /** HMAC-SHA256 of {@code data} under the named key, URL-safe base64. */
  public String sign(String keyName, String data) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Secrets.hmacSha256(key(keyName), data.getBytes(StandardCharsets.UTF_8)));
  }

  /** Constant-time check of a signature made by {@link #sign}. */
  public boolean verify(String keyName, String data, String signature) {
    return java.security.MessageDigest.isEqual(
        sign(keyName, data).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** An AES-256 key derived from the named server key, for encryption rather than signatures. */
  public javax.crypto.SecretKey aesKey(String keyName) {
    byte[] derived = Secrets.hmacSha256(key(keyName), "aes-256".getBytes(StandardCharsets.UTF_8));
    return new javax.crypto.spec.SecretKeySpec(derived, "AES");
  }

  private byte[] key(String name) {
    return cache.computeIfAbsent(
        name,
        n -> {
          try {
            return self.loadOrCreate(n);
          } catch (RuntimeException lostTheRace) { // another instance created it first: read theirs
            return self.loadOrCreate(n);
          }
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] loadOrCreate(String name) {
    ServerSecret existing = em.find(ServerSecret.class, name);
    if (existing == null) {
      existing = new ServerSecret(name, Secrets.newToken(), clock.instant());
      em.persist(existing);
      em.flush();
    }
    return Base64.getUrlDecoder().decode(existing.secret());
  }
}
