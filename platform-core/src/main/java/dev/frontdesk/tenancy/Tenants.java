package dev.frontdesk.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Looks tenants up. The tenants table is global: a slug is resolved before any tenant context exists. */
@ApplicationScoped
public class Tenants {

  @PersistenceContext EntityManager em;

  @Transactional
  public Optional<Tenant> bySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug == null ? "" : slug.trim().toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Every tenant's id, for background work that visits each tenant in turn. */
  @Transactional
  public List<UUID> ids() {
    return em.createQuery("select t.id from Tenant t order by t.createdAt, t.id", UUID.class).getResultList();
  }

  @Transactional
  public Optional<Tenant> byId(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }
}
