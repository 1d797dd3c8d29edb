package dev.frontdesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA-512, 210,000 iterations: OWASP's 2023 floor).
 * Stored hashes carry their own parameters, so raising the cost later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  private String dummyHash;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = pbkdf2.generate("not-a-password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Compares in constant time; with no stored hash it still spends the same work, so timing hides who exists. */
  public boolean verify(String password, String storedHash) {
    boolean matches = pbkdf2.verify(password.toCharArray(), storedHash != null ? storedHash : dummyHash);
    return storedHash != null && matches;
  }
}
