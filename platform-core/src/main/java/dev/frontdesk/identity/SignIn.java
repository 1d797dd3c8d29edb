package dev.frontdesk.identity;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Password sign-in and refresh for the built-in issuer. Failures all say the same thing, so a caller cannot
 * learn which companies or emails exist.
 */
@ApplicationScoped
public class SignIn {

  private static final String BAD_CREDENTIALS = "The company, email or password is not correct.";

  @Inject Tenants tenants;
  @Inject Members members;
  @Inject PasswordHasher hasher;
  @Inject TokenIssuer issuer;
  @Inject PlatformAdmins platformAdmins;

  /** {@code tenantSlug} blank signs in the platform admin. */
  public TokenResponse withPassword(String tenantSlug, String email, String password) {
    if (tenantSlug == null || tenantSlug.isBlank()) {
      Optional<PlatformAdmin> admin = platformAdmins.byEmail(email);
      if (!hasher.verify(password, admin.map(PlatformAdmin::passwordHash).orElse(null))) {
        throw ProblemException.unauthorized(BAD_CREDENTIALS);
      }
      return issuer.issue(admin.get().principal());
    }
    Optional<Tenant> tenant = tenants.bySlug(tenantSlug);
    Optional<Member> member =
        tenant.flatMap(t -> TenantContext.callAs(t.id(), () -> members.byEmail(email)));
    String hash = member.filter(m -> m.status() == Member.Status.ACTIVE).map(Member::passwordHash).orElse(null);
    if (!hasher.verify(password, hash)) {
      throw ProblemException.unauthorized(BAD_CREDENTIALS);
    }
    return issuer.issue(member.get().principal(tenant.get().slug()));
  }

  /** Rotates a refresh token into a new pair, re-reading the member so changed roles take effect. */
  public TokenResponse refresh(String refreshToken) {
    RefreshToken token =
        issuer.consume(refreshToken)
            .orElseThrow(() -> ProblemException.unauthorized("The refresh token is expired or revoked."));
    if (token.tenantId() == null) {
      PlatformAdmin admin =
          platformAdmins.byId(token.subjectId())
              .orElseThrow(() -> ProblemException.unauthorized("This account no longer exists."));
      return issuer.issue(admin.principal());
    }
    Tenant tenant =
        tenants.byId(token.tenantId())
            .orElseThrow(() -> ProblemException.unauthorized("This company no longer exists."));
    Member member =
        TenantContext.callAs(tenant.id(), () -> members.byId(token.subjectId()))
            .orElseThrow(() -> ProblemException.unauthorized("This account no longer exists."));
    return issuer.issue(member.principal(tenant.slug()));
  }

  /** The platform admins table, read outside any tenant. */
  @ApplicationScoped
  public static class PlatformAdmins {

    @PersistenceContext EntityManager em;

    @Transactional
    Optional<PlatformAdmin> byEmail(String email) {
      return em.createQuery("select a from PlatformAdmin a where a.email = :e", PlatformAdmin.class)
          .setParameter("e", Member.normalizeEmail(email))
          .getResultStream()
          .findFirst();
    }

    @Transactional
    Optional<PlatformAdmin> byId(java.util.UUID id) {
      return Optional.ofNullable(em.find(PlatformAdmin.class, id));
    }
  }
}
