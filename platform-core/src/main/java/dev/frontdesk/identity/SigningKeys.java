package dev.frontdesk.identity;

import dev.frontdesk.config.DerivedDefaults;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in issuer's keys: created on first start, shared through the database. Signs with the oldest key so
 * that nodes racing to create the first key still agree; verifies with all of them (the JWKS, which MP-JWT reads
 * from the file named by {@link DerivedDefaults#builtinJwksFile()}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@Lock(LockType.READ)
public class SigningKeys {

  @PersistenceContext EntityManager em;

  @Inject FrontdeskConfig config;

  @Inject Clock clock;

  private String kid;
  private RSAPrivateKey privateKey;
  private String jwks;

  @PostConstruct
  void load() {
    if (config.identityMode() != IdentityMode.BUILTIN) {
      return;
    }
    List<SigningKey> keys = all();
    if (keys.isEmpty()) {
      em.persist(SigningKey.generate(clock.instant()));
      em.flush();
      keys = all();
    }
    kid = keys.get(0).kid();
    privateKey = keys.get(0).rsaPrivateKey();
    Map<String, RSAPublicKey> publicKeys = new LinkedHashMap<>();
    keys.forEach(k -> publicKeys.put(k.kid(), k.rsaPublicKey()));
    jwks = Jwt.jwks(publicKeys);
    publish(jwks, DerivedDefaults.builtinJwksFile());
  }

  /** Writes the JWKS where MP-JWT reads it; atomically, so a reader never sees half a file. */
  private static void publish(String jwks, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "jwks", ".tmp");
      Files.writeString(tmp, jwks);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the token keys to " + file, e);
    }
  }

  private List<SigningKey> all() {
    return em.createQuery("select k from SigningKey k order by k.createdAt, k.kid", SigningKey.class)
        .getResultList();
  }

  public String sign(JsonObject claims) {
    if (privateKey == null) {
      throw new IllegalStateException("the built-in issuer is off (FRONTDESK_IDENTITY=keycloak)");
    }
    return Jwt.signRs256(kid, privateKey, claims);
  }

  public String jwks() {
    return jwks;
  }
}
