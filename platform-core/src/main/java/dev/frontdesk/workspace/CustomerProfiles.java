package dev.frontdesk.workspace;

import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.accounts.Servicers;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.Customer;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.entry.EntryPoint;
import dev.frontdesk.reception.SessionViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A customer as staff see them, with their history across sessions. Supervisors see every customer; an agent
 * sees a customer only through a session they may see (the inbox's rule), and only those sessions.
 */
@ApplicationScoped
public class CustomerProfiles {

  static final int MAX_SESSIONS = 50;

  @PersistenceContext EntityManager em;
  @Inject Servicers servicers;
  @Inject SessionViews sessionViews;

  /** {@code sessions}: the ones the caller may see, newest first, at most {@value #MAX_SESSIONS}. */
  public record Profile(
      UUID id,
      String externalId,
      String name,
      boolean identified,
      Instant createdAt,
      Instant lastSeenAt,
      List<CustomerSession> sessions) {}

  @Transactional
  public Profile get(Inbox.Viewer viewer, UUID customerId) {
    Customer customer = em.find(Customer.class, customerId);
    List<Session> sessions = customer == null ? List.of() : visibleSessions(viewer, customerId);
    if (customer == null || (!viewer.supervises() && sessions.isEmpty())) {
      throw ProblemException.notFound("No customer " + customerId + " that you can see.");
    }
    Map<UUID, String> entryPoints = names(
        "select e from EntryPoint e where e.id in :ids", EntryPoint.class, EntryPoint::id, EntryPoint::name,
        sessions.stream().map(s -> s.entry().entryPointId()).filter(Objects::nonNull).collect(Collectors.toSet()));
    Map<UUID, String> accounts = names(
        "select a from CsAccount a where a.id in :ids", CsAccount.class, CsAccount::id, CsAccount::name,
        sessions.stream().map(Session::accountId).collect(Collectors.toSet()));
    return new Profile(
        customer.id(), customer.externalId(), customer.name(), customer.externalId() != null, customer.createdAt(),
        customer.lastSeenAt(),
        sessions.stream()
            .map(s -> CustomerSession.of(
                sessionViews.of(s), entryPoints.get(s.entry().entryPointId()), accounts.get(s.accountId())))
            .toList());
  }

  private List<Session> visibleSessions(Inbox.Viewer viewer, UUID customerId) {
    String jpql = "select s from Session s where s.customerId = :c"
        + (viewer.supervises() ? "" : " and (s.servicerId = :me or s.accountId in :served)")
        + " order by s.createdAt desc, s.id desc";
    TypedQuery<Session> q =
        em.createQuery(jpql, Session.class).setParameter("c", customerId).setMaxResults(MAX_SESSIONS);
    if (!viewer.supervises()) {
      Set<UUID> served = servicers.accountsOf(viewer.memberId());
      q.setParameter("me", viewer.memberId())
          .setParameter("served", served.isEmpty() ? Set.of(new UUID(0, 0)) : served);
    }
    return q.getResultList();
  }

  /** Names by id, for the ids given to {@code jpql} (deleted entry points are simply absent). */
  private <T> Map<UUID, String> names(
      String jpql, Class<T> type, Function<T, UUID> id, Function<T, String> name, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(jpql, type)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(id, name));
  }
}
