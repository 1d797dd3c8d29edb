package dev.frontdesk.webhooks;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current tenant's webhooks: registration, changes, secret rotation, removal. */
@ApplicationScoped
public class Webhooks {

  static final int MAX_PER_TENANT = 20;
  /** How long deliveries are still signed with the old secret after a rotation as well. */
  static final Duration OLD_SECRET_GRACE = Duration.ofHours(24);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FrontdeskConfig config;

  /** A webhook just made, with its secret: the only time the secret leaves the server. */
  public record Created(Webhook webhook, String secret) {}

  /** A rotated secret, shown once, and until when the previous one is still signed with. */
  public record Rotated(Webhook webhook, String secret, Instant previousSecretValidUntil) {}

  @Transactional
  public Created register(WebhookRequests.Register request) {
    long count = em.createQuery("select count(w) from Webhook w", Long.class).getSingleResult();
    if (count >= MAX_PER_TENANT) {
      throw ProblemException.conflict("A company can register at most " + MAX_PER_TENANT + " webhooks.");
    }
    String secret = WebhookSignature.newSecret();
    Webhook webhook =
        new Webhook(url(request.url()), events(request.events()), blankToNull(request.description()), secret,
            clock.instant());
    em.persist(webhook);
    return new Created(webhook, secret);
  }

  @Transactional
  public List<Webhook> list() {
    return em.createQuery("select w from Webhook w order by w.createdAt, w.id", Webhook.class).getResultList();
  }

  @Transactional
  public Webhook get(UUID id) {
    Webhook webhook = em.find(Webhook.class, id);
    if (webhook == null) {
      throw ProblemException.notFound("No webhook " + id + " in your company.");
    }
    return webhook;
  }

  @Transactional
  public Webhook update(UUID id, WebhookRequests.Update request) {
    Webhook webhook = get(id);
    Instant now = clock.instant();
    if (request.url() != null) {
      webhook.setUrl(url(request.url()), now);
    }
    if (request.events() != null) {
      webhook.setEvents(events(request.events()), now);
    }
    if (request.description() != null) {
      webhook.setDescription(blankToNull(request.description()), now);
    }
    if (request.active() != null) {
      webhook.setActive(request.active(), now);
    }
    return webhook;
  }

  @Transactional
  public Rotated rotateSecret(UUID id) {
    Webhook webhook = get(id);
    Instant now = clock.instant();
    String secret = WebhookSignature.newSecret();
    webhook.rotateSecret(secret, now.plus(OLD_SECRET_GRACE), now);
    return new Rotated(webhook, secret, now.plus(OLD_SECRET_GRACE));
  }

  /** Removes the webhook with its deliveries and their log (the database cascades). */
  @Transactional
  public void delete(UUID id) {
    em.remove(get(id));
  }

  private String url(String url) {
    try {
      return WebhookUrls.validate(url, config.webhooksAllowInsecure()).toString();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("url", e.getMessage());
    }
  }

  private static EventFilter events(List<String> events) {
    try {
      return EventFilter.of(events);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("events", e.getMessage());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
