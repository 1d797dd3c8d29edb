package dev.frontdesk.tenancy;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.database.UniqueViolations;
import dev.frontdesk.identity.Active;
import dev.frontdesk.identity.IdentityDirectory;
import dev.frontdesk.identity.Member;
import dev.frontdesk.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a company and its first admin in one transaction: both rows, and the identity directory's records,
 * or none of them.
 */
@ApplicationScoped
public class Signup {

  private static final Map<String, String> CONFLICTS =
      Map.of(
          "tenants_slug_key", "This URL slug is already taken; choose another.",
          "members_email_key", "An account with this email already exists.");

  @Inject Clock clock;
  @Inject Writer writer;

  public record Result(Tenant tenant, Member admin) {}

  public Result signUp(SignupRequest request) {
    String slug = request.slug();
    if (Slugs.isReserved(slug)) {
      throw ProblemException.invalid("slug", "'" + slug + "' is reserved; choose another");
    }
    Tenant tenant = new Tenant(slug, request.companyName().trim(), clock.instant());
    // The new tenant becomes current before the transaction opens, so Hibernate stamps the admin with it.
    return TenantContext.callAs(tenant.id(), () -> writer.write(tenant, request));
  }

  /** The transactional half, separate so the tenant is set before the transaction begins. */
  @ApplicationScoped
  public static class Writer {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject @Active IdentityDirectory directory;
    @Inject jakarta.enterprise.event.Event<TenantCreated> created;

    @Transactional
    Result write(Tenant tenant, SignupRequest request) {
      Member admin =
          new Member(request.adminEmail(), request.adminName(), EnumSet.of(Role.TENANT_ADMIN), clock.instant());
      try {
        em.persist(tenant);
        em.persist(admin);
        em.flush();
        created.fire(new TenantCreated(tenant.id(), request.plan(), clock.instant()));
      } catch (PersistenceException e) {
        throw UniqueViolations.translate(e, CONFLICTS);
      }
      directory.tenantCreated(tenant);
      directory.memberCreated(tenant, admin, Optional.of(request.adminPassword()));
      return new Result(tenant, admin);
    }
  }
}
