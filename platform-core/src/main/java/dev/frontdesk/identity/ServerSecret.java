package dev.frontdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A server-wide HMAC key, shared by every instance through the database. */
@Entity
@Table(name = "server_secrets")
public class ServerSecret {

  @Id
  @Column(length = 40)
  private String name;

  @Column(nullable = false, length = 200)
  private String secret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ServerSecret() {}

  ServerSecret(String name, String secret, Instant createdAt) {
    this.name = name;
    this.secret = secret;
    this.createdAt = createdAt;
  }

  String secret() {
    return secret;
  }
}
