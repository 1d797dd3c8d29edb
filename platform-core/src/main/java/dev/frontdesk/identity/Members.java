package dev.frontdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Reads members of the current tenant (the tenant filter applies: other tenants' members do not exist here). */
@ApplicationScoped
public class Members {

  @PersistenceContext EntityManager em;

  @Transactional
  public Optional<Member> byId(UUID id) {
    return Optional.ofNullable(em.find(Member.class, id));
  }

  @Transactional
  public Optional<Member> byEmail(String email) {
    return em.createQuery("select m from Member m where m.email = :email", Member.class)
        .setParameter("email", Member.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public Optional<Member> byExternalId(String externalId) {
    return em.createQuery("select m from Member m where m.externalId = :id", Member.class)
        .setParameter("id", externalId)
        .getResultStream()
        .findFirst();
  }
}
