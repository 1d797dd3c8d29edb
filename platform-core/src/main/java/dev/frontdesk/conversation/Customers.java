package dev.frontdesk.conversation;

import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The current tenant's customers. */
@ApplicationScoped
public class Customers {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public Customer anonymous() {
    Customer customer = new Customer(null, null, clock.instant());
    em.persist(customer);
    return customer;
  }

  /**
   * The customer the host site knows as {@code externalId}, created on first sight. Two first sights at once
   * race on the unique key; the loser's transaction fails and the caller retries, finding the winner's row.
   */
  @Transactional
  public Customer identified(String externalId, String name) {
    Optional<Customer> existing = byExternalId(externalId);
    if (existing.isPresent()) {
      existing.get().seen(clock.instant(), name);
      return existing.get();
    }
    Customer customer = new Customer(externalId, name == null || name.isBlank() ? null : name.strip(), clock.instant());
    em.persist(customer);
    em.flush();
    return customer;
  }

  @Transactional
  public Optional<Customer> find(UUID id) {
    return Optional.ofNullable(em.find(Customer.class, id));
  }

  @Transactional
  public Customer get(UUID id) {
    return find(id).orElseThrow(() -> ProblemException.notFound("No customer " + id + " in your company."));
  }

  /** The customers among {@code ids}, by id; ids of no customer of the tenant are simply absent. */
  @Transactional
  public Map<UUID, Customer> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select c from Customer c where c.id in :ids", Customer.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Customer::id, Function.identity()));
  }

  private Optional<Customer> byExternalId(String externalId) {
    return em.createQuery("select c from Customer c where c.externalId = :e", Customer.class)
        .setParameter("e", externalId)
        .getResultStream()
        .findFirst();
  }
}
