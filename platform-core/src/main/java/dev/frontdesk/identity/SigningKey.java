package dev.frontdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An RSA key pair of the built-in issuer, kept in the database so every node of a cluster signs and verifies
 * with the same keys.
 */
@Entity
@Table(name = "signing_keys")
public class SigningKey {

  @Id private String kid;

  @Column(nullable = false)
  private String algorithm;

  @Column(name = "public_key", nullable = false, length = 4000)
  private String publicKey;

  @Column(name = "private_key", nullable = false, length = 4000)
  private String privateKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SigningKey() {}

  static SigningKey generate(Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      SigningKey key = new SigningKey();
      key.kid = UUID.randomUUID().toString();
      key.algorithm = "RS256";
      key.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
      key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
      key.createdAt = now;
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String kid() {
    return kid;
  }

  public Instant createdAt() {
    return createdAt;
  }

  RSAPublicKey rsaPublicKey() {
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("unreadable public key " + kid, e);
    }
  }

  RSAPrivateKey rsaPrivateKey() {
    try {
      return (RSAPrivateKey)
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("unreadable private key " + kid, e);
    }
  }
}
