package dev.frontdesk.identity;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in issuer: short-lived signed access tokens (MP-JWT claims plus {@code tenant_id}) and rotating
 * opaque refresh tokens. Revoking a refresh token (sign-out) ends the session once the access token expires.
 */
@ApplicationScoped
public class TokenIssuer {

  /** Claim holding the tenant's id in built-in tokens. */
  public static final String TENANT_ID_CLAIM = "tenant_id";

  @Inject SigningKeys keys;
  @Inject FrontdeskConfig config;
  @Inject Clock clock;

  @PersistenceContext EntityManager em;

  @Transactional
  public TokenResponse issue(Principal principal) {
    Instant now = clock.instant();
    long ttl = config.accessTokenTtl().toSeconds();
    JsonObjectBuilder claims =
        Json.createObjectBuilder()
            .add("iss", FrontdeskConfig.BUILTIN_ISSUER)
            .add("aud", FrontdeskConfig.BUILTIN_AUDIENCE)
            .add("sub", principal.id().toString())
            .add("upn", principal.email())
            .add("email", principal.email())
            .add("name", principal.name())
            .add("jti", UUID.randomUUID().toString())
            .add("iat", now.getEpochSecond())
            .add("exp", now.getEpochSecond() + ttl)
            .add("groups", Json.createArrayBuilder(Role.ids(principal.roles())));
    if (principal.tenantId() != null) {
      claims.add(TENANT_ID_CLAIM, principal.tenantId().toString()).add("tenant", principal.tenantSlug());
    }
    String refresh = Secrets.newToken();
    em.persist(
        new RefreshToken(
            Secrets.hash(refresh), principal.id(), principal.tenantId(), now,
            now.plus(config.refreshTokenTtl())));
    return new TokenResponse(keys.sign(claims.build()), refresh, "Bearer", ttl);
  }

  /** Consumes a refresh token (rotation): returns its owner if it was usable, and revokes it. */
  @Transactional
  public Optional<RefreshToken> consume(String refreshToken) {
    Instant now = clock.instant();
    Optional<RefreshToken> token = find(refreshToken).filter(t -> t.isUsableAt(now));
    token.ifPresent(t -> t.revoke(now));
    return token;
  }

  @Transactional
  public void revoke(String refreshToken) {
    find(refreshToken).ifPresent(t -> t.revoke(clock.instant()));
  }

  private Optional<RefreshToken> find(String refreshToken) {
    return em.createQuery("select t from RefreshToken t where t.tokenHash = :h", RefreshToken.class)
        .setParameter("h", Secrets.hash(refreshToken))
        .getResultStream()
        .findFirst();
  }
}
