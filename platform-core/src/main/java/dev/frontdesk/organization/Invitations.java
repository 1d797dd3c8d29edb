package dev.frontdesk.organization;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Active;
import dev.frontdesk.identity.IdentityDirectory;
import dev.frontdesk.identity.Member;
import dev.frontdesk.identity.Secrets;
import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Opening and accepting invitation links. The link's secret decides the tenant, nothing the client says. */
@ApplicationScoped
public class Invitations {

  @Inject Lookup lookup;
  @Inject Acceptor acceptor;
  @Inject Tenants tenants;

  public record Opened(Tenant tenant, Member member) {}

  public Opened open(String token) {
    Invitation invitation = lookup.open(token);
    Tenant tenant = tenants.byId(invitation.tenantId()).orElseThrow(Invitations::gone);
    Member member =
        TenantContext.callAs(tenant.id(), () -> acceptor.member(invitation)).orElseThrow(Invitations::gone);
    return new Opened(tenant, member);
  }

  public void accept(String token, String password) {
    Invitation invitation = lookup.open(token);
    TenantContext.runAs(invitation.tenantId(), () -> acceptor.accept(token, password));
  }

  static ProblemException gone() {
    return ProblemException.notFound("This invitation link is not valid: it was used, expired, or never existed.");
  }

  /** Reads invitations outside any tenant. */
  @ApplicationScoped
  public static class Lookup {
    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    @Transactional
    Invitation open(String token) {
      return find(em, token).filter(i -> i.isOpenAt(clock.instant())).orElseThrow(Invitations::gone);
    }
  }

  /** Accepts inside the invitation's tenant, in one transaction: password set and invitation used, or neither. */
  @ApplicationScoped
  public static class Acceptor {
    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject Tenants tenants;
    @Inject @Active IdentityDirectory directory;

    @Transactional
    Optional<Member> member(Invitation invitation) {
      return Optional.ofNullable(em.find(Member.class, invitation.memberId()));
    }

    @Transactional
    void accept(String token, String password) {
      Invitation invitation =
          find(em, token).filter(i -> i.isOpenAt(clock.instant())).orElseThrow(Invitations::gone);
      Member member =
          Optional.ofNullable(em.find(Member.class, invitation.memberId())).orElseThrow(Invitations::gone);
      Tenant tenant = tenants.byId(invitation.tenantId()).orElseThrow(Invitations::gone);
      invitation.accept(clock.instant());
      directory.memberUpdated(tenant, member, Optional.of(password));
    }
  }

  private static Optional<Invitation> find(EntityManager em, String token) {
    return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
        .setParameter("h", Secrets.hash(token))
        .getResultStream()
        .findFirst();
  }
}
