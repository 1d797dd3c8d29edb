package dev.frontdesk.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A URL a tenant has registered to receive its events, with the filter and the secret they are signed with. */
@Entity
@Table(name = "webhooks")
public class Webhook {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(nullable = false, length = 1000)
  private String events;

  @Column(length = 500)
  private String description;

  @Column(nullable = false, length = 100)
  private String secret;

  @Column(name = "previous_secret", length = 100)
  private String previousSecret;

  @Column(name = "previous_secret_until")
  private Instant previousSecretUntil;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Webhook() {}

  Webhook(String url, EventFilter events, String description, String secret, Instant now) {
    this.id = UUID.randomUUID();
    this.url = url;
    this.events = events.stored();
    this.description = description;
    this.secret = secret;
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public String url() {
    return url;
  }

  public EventFilter events() {
    return EventFilter.ofStored(events);
  }

  public String description() {
    return description;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The secrets to sign with at {@code now}: the current one, and the previous one while it is still honoured. */
  List<String> signingSecrets(Instant now) {
    List<String> secrets = new ArrayList<>(List.of(secret));
    if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
      secrets.add(previousSecret);
    }
    return secrets;
  }

  void setUrl(String url, Instant now) {
    this.url = url;
    this.updatedAt = now;
  }

  void setEvents(EventFilter events, Instant now) {
    this.events = events.stored();
    this.updatedAt = now;
  }

  void setDescription(String description, Instant now) {
    this.description = description;
    this.updatedAt = now;
  }

  void setActive(boolean active, Instant now) {
    this.active = active;
    this.updatedAt = now;
  }

  /** A new secret; the old one is still signed with until {@code oldValidUntil}, so receivers can switch over. */
  void rotateSecret(String newSecret, Instant oldValidUntil, Instant now) {
    this.previousSecret = secret;
    this.previousSecretUntil = oldValidUntil;
    this.secret = newSecret;
    this.updatedAt = now;
  }
}
