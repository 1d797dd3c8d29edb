package dev.frontdesk.developer;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Active;
import dev.frontdesk.identity.ApiClientRegistry;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Secrets;
import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The current tenant's API credentials: created, listed, revoked, and checked when used. */
@ApplicationScoped
public class Credentials {

  /** "Last used" is a day-to-day hint, not an audit log: written at most this often per credential. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Tenants tenants;
  @Inject @Active ApiClientRegistry registry;

  /** A new credential and its secret, which is shown this once and never again. */
  public record Created(ApiCredential credential, String secret) {}

  @Transactional
  public Created create(String name, Set<ApiScope> scopes, UUID createdBy) {
    Tenant tenant =
        tenants.byId(TenantContext.currentOrNone())
            .orElseThrow(() -> ProblemException.forbidden("API credentials belong to a company; sign in to one."));
    UUID id = UUID.randomUUID();
    ApiClientRegistry.Registration registration = registry.register(tenant, id, name, scopes);
    ApiCredential credential =
        new ApiCredential(
            id, name, registration.clientId(), registration.secretHash(), scopes, createdBy, clock.instant());
    em.persist(credential);
    em.persist(new ApiClientId(registration.clientId(), tenant.id(), id));
    em.flush();
    return new Created(credential, registration.secret());
  }

  @Transactional
  public List<ApiCredential> active() {
    return em.createQuery(
            "select c from ApiCredential c where c.revokedAt is null order by c.createdAt, c.id", ApiCredential.class)
        .getResultList();
  }

  /** Revokes a credential: no new tokens, and its unexpired tokens are refused (see {@link ActiveCredentials}). */
  @Transactional
  public ApiCredential revoke(UUID id) {
    ApiCredential credential = em.find(ApiCredential.class, id);
    if (credential == null || credential.revoked()) {
      throw ProblemException.notFound("No API credential " + id + " in your company.");
    }
    credential.revoke(clock.instant());
    registry.revoke(credential.clientId());
    return credential;
  }

  /** Which tenant and credential a client id belongs to; read before any tenant is known. */
  @Transactional
  public Optional<ApiClientId> byClientId(String clientId) {
    return Optional.ofNullable(em.find(ApiClientId.class, clientId));
  }

  /** The credential if it is active and {@code secret} is its secret (current tenant); marks it used. */
  @Transactional
  public Optional<ApiCredential> authenticate(UUID credentialId, String secret) {
    ApiCredential credential = em.find(ApiCredential.class, credentialId);
    String expected = credential == null || credential.revoked() ? null : credential.secretHash();
    // Hash whatever was sent, so a wrong client id and a wrong secret cost the same.
    byte[] given = Secrets.hash(secret).getBytes(StandardCharsets.US_ASCII);
    if (expected == null || !MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    touch(credentialId);
    return Optional.of(credential);
  }

  /** True if the credential exists in the current tenant and is not revoked; marks it used. */
  @Transactional
  public boolean checkActive(UUID credentialId) {
    ApiCredential credential = em.find(ApiCredential.class, credentialId);
    if (credential == null || credential.revoked()) {
      return false;
    }
    touch(credentialId);
    return true;
  }

  /** One conditional update: never rewrites other columns, and skips the write while "last used" is fresh. */
  private void touch(UUID credentialId) {
    Instant now = clock.instant();
    em.createQuery(
            "update ApiCredential c set c.lastUsedAt = :now where c.id = :id and c.revokedAt is null"
                + " and (c.lastUsedAt is null or c.lastUsedAt < :stale)")
        .setParameter("now", now)
        .setParameter("id", credentialId)
        .setParameter("stale", now.minus(TOUCH_EVERY))
        .executeUpdate();
  }
}
