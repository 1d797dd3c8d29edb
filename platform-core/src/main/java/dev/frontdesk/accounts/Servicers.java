package dev.frontdesk.accounts;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Member;
import dev.frontdesk.organization.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Who serves each account, and each servicer's receiving/paused status. */
@ApplicationScoped
public class Servicers {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject Event<StatusChanged> statusChanged;

  /** Fired inside the transaction that changed a member's status. */
  public record StatusChanged(UUID memberId, ServicerStatus from, ServicerStatus to) {}

  @Transactional
  public List<Servicer> assignments(UUID accountId) {
    accounts.get(accountId);
    return em.createQuery(
            "select s from Servicer s where s.accountId = :a order by s.createdAt, s.id", Servicer.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  /** Adds members and departments; ones already assigned are left as they are. */
  @Transactional
  public List<Servicer> assign(UUID accountId, Collection<UUID> memberIds, Collection<UUID> departmentIds) {
    accounts.get(accountId);
    Set<UUID> members = new LinkedHashSet<>(memberIds);
    Set<UUID> departments = new LinkedHashSet<>(departmentIds);
    if (members.isEmpty() && departments.isEmpty()) {
      throw ProblemException.invalid("userIds", "name at least one member or department");
    }
    for (UUID m : members) {
      if (em.find(Member.class, m) == null) {
        throw ProblemException.invalid("userIds", "no member " + m + " in your company");
      }
    }
    for (UUID d : departments) {
      if (em.find(Department.class, d) == null) {
        throw ProblemException.invalid("departmentIds", "no department " + d + " in your company");
      }
    }
    List<Servicer> existing = assignments(accountId);
    Set<UUID> assigned = new HashSet<>();
    existing.forEach(s -> assigned.add(s.memberId() != null ? s.memberId() : s.departmentId()));
    members.stream().filter(m -> !assigned.contains(m))
        .forEach(m -> em.persist(Servicer.member(accountId, m, clock.instant())));
    departments.stream().filter(d -> !assigned.contains(d))
        .forEach(d -> em.persist(Servicer.department(accountId, d, clock.instant())));
    em.flush();
    return assignments(accountId);
  }

  @Transactional
  public void remove(UUID accountId, UUID servicerId) {
    Servicer servicer = em.find(Servicer.class, servicerId);
    if (servicer == null || !servicer.accountId().equals(accountId)) {
      throw ProblemException.notFound("No servicer " + servicerId + " on account " + accountId + ".");
    }
    em.remove(servicer);
  }

  /**
   * The active members who serve the account now: those assigned directly and everyone currently in an
   * assigned department.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<UUID> membersOf(UUID accountId) {
    Set<UUID> out = new LinkedHashSet<>();
    out.addAll(
        em.createQuery(
                "select m.id from Servicer s, Member m where s.accountId = :a and m.id = s.memberId"
                    + " and m.status = :active",
                UUID.class)
            .setParameter("a", accountId)
            .setParameter("active", Member.Status.ACTIVE)
            .getResultList());
    out.addAll(
        em.createQuery(
                "select m.id from Servicer s, DepartmentMembership dm, Member m where s.accountId = :a"
                    + " and dm.departmentId = s.departmentId and m.id = dm.memberId and m.status = :active",
                UUID.class)
            .setParameter("a", accountId)
            .setParameter("active", Member.Status.ACTIVE)
            .getResultList());
    return out;
  }

  /** The accounts a member serves, directly or through a department. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<UUID> accountsOf(UUID memberId) {
    Set<UUID> out = new LinkedHashSet<>();
    out.addAll(
        em.createQuery(
                "select s.accountId from Servicer s, CsAccount a where s.memberId = :m and a.id = s.accountId"
                    + " and a.deletedAt is null",
                UUID.class)
            .setParameter("m", memberId)
            .getResultList());
    out.addAll(
        em.createQuery(
                "select s.accountId from Servicer s, DepartmentMembership dm, CsAccount a where dm.memberId = :m"
                    + " and s.departmentId = dm.departmentId and a.id = s.accountId and a.deletedAt is null",
                UUID.class)
            .setParameter("m", memberId)
            .getResultList());
    return out;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Map<UUID, ServicerStatus> statuses(Collection<UUID> memberIds) {
    Map<UUID, ServicerStatus> out = new HashMap<>();
    memberIds.forEach(m -> out.put(m, ServicerStatus.RECEIVING));
    if (!memberIds.isEmpty()) {
      em.createQuery("select s from ServicerState s where s.memberId in :ids", ServicerState.class)
          .setParameter("ids", memberIds)
          .getResultList()
          .forEach(s -> out.put(s.memberId(), s.status()));
    }
    return out;
  }

  @Transactional
  public ServicerStatus status(UUID memberId) {
    ServicerState state = em.find(ServicerState.class, memberId);
    return state == null ? ServicerStatus.RECEIVING : state.status();
  }

  /** Changes a member's status; observers (reception) react inside the same transaction. */
  @Transactional
  public ServicerStatus setStatus(UUID memberId, String status, String pauseKind) {
    ServicerStatus to = ServicerStatus.of(status, pauseKind);
    // the member's row serializes status changes, so two first changes do not both insert
    em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    ServicerState state = em.find(ServicerState.class, memberId);
    ServicerStatus from = state == null ? ServicerStatus.RECEIVING : state.status();
    if (state == null) {
      em.persist(new ServicerState(memberId, to, clock.instant()));
    } else {
      state.change(to, clock.instant());
    }
    if (from != to) {
      statusChanged.fire(new StatusChanged(memberId, from, to));
    }
    return to;
  }
}
