package dev.frontdesk.reception;

import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.accounts.Servicer;
import dev.frontdesk.accounts.ServicerStatus;
import dev.frontdesk.accounts.Servicers;
import dev.frontdesk.identity.Member;
import dev.frontdesk.organization.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Servicers as supervisors see them: the assignments of an account, and each effective servicer's status and
 * load. Status changes go through here so reception reacts (a resume pulls queued sessions).
 */
@ApplicationScoped
public class ServicerBoard {

  @PersistenceContext EntityManager em;
  @Inject Servicers servicers;
  @Inject Accounts accounts;
  @Inject Loads loads;
  @Inject Reception reception;

  public record Assignment(UUID id, String kind, UUID memberId, UUID departmentId, String name) {}

  public record Load(UUID memberId, String name, String status, String pauseKind, int activeSessions) {}

  public record Board(List<Assignment> assignments, List<Load> servicers) {}

  @Transactional
  public Board assign(UUID accountId, Collection<UUID> memberIds, Collection<UUID> departmentIds) {
    servicers.assign(accountId, memberIds, departmentIds);
    Board board = board(accountId);
    return board;
  }

  @Transactional
  public Board board(UUID accountId) {
    List<Assignment> assignments = new ArrayList<>();
    for (Servicer s : servicers.assignments(accountId)) {
      if (s.memberId() != null) {
        Member m = em.find(Member.class, s.memberId());
        assignments.add(new Assignment(s.id(), "member", s.memberId(), null, m == null ? null : m.name()));
      } else {
        Department d = em.find(Department.class, s.departmentId());
        assignments.add(new Assignment(s.id(), "department", null, s.departmentId(), d == null ? null : d.name()));
      }
    }
    Set<UUID> members = servicers.membersOf(accountId);
    Map<UUID, ServicerStatus> statuses = servicers.statuses(members);
    Map<UUID, Integer> active = loads.activeSessions(accountId);
    List<Load> out = new ArrayList<>();
    for (UUID id : members) {
      Member m = em.find(Member.class, id);
      ServicerStatus st = statuses.get(id);
      out.add(new Load(id, m.name(), st.apiStatus(), st.pauseKind(), active.getOrDefault(id, 0)));
    }
    out.sort(java.util.Comparator.comparing(Load::name, String.CASE_INSENSITIVE_ORDER));
    return new Board(assignments, out);
  }

  public void remove(UUID accountId, UUID servicerId) {
    servicers.remove(accountId, servicerId);
  }

  public ServicerStatus status(UUID memberId) {
    return servicers.status(memberId);
  }

  /** Changes the status, then lets every account the member serves pull from its queue. */
  public ServicerStatus setStatus(UUID memberId, String status, String pauseKind) {
    ServicerStatus now = servicers.setStatus(memberId, status, pauseKind);
    if (now.receiving()) {
      for (UUID accountId : reception.accountsOf(memberId)) {
        reception.drain(accountId);
      }
    }
    return now;
  }
}
