package dev.frontdesk.reception;

import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.accounts.ServicerStatus;
import dev.frontdesk.accounts.Servicers;
import dev.frontdesk.conversation.SessionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The servicers' current state as the router needs it: who serves, who is receiving, how loaded. */
@ApplicationScoped
public class Loads {

  @PersistenceContext EntityManager em;
  @Inject Servicers servicers;

  @Transactional(Transactional.TxType.MANDATORY)
  public List<Candidate> candidates(CsAccount account) {
    Set<UUID> members = servicers.membersOf(account.id());
    Map<UUID, ServicerStatus> statuses = servicers.statuses(members);
    Map<UUID, Integer> active = new HashMap<>();
    Map<UUID, Instant> lastAssigned = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select s.servicerId, count(s), max(s.assignedAt) from Session s where s.accountId = :a"
                    + " and s.state = :human and s.servicerId is not null group by s.servicerId",
                Object[].class)
            .setParameter("a", account.id())
            .setParameter("human", SessionState.HUMAN)
            .getResultList()) {
      active.put((UUID) row[0], ((Number) row[1]).intValue());
      lastAssigned.put((UUID) row[0], (Instant) row[2]);
    }
    List<Candidate> out = new ArrayList<>();
    for (UUID m : members) {
      out.add(new Candidate(m, statuses.get(m).receiving(), active.getOrDefault(m, 0), lastAssigned.get(m)));
    }
    return out;
  }

  /** Active (human) sessions of the account per servicer. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<UUID, Integer> activeSessions(UUID accountId) {
    Map<UUID, Integer> out = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select s.servicerId, count(s) from Session s where s.accountId = :a and s.state = :human"
                    + " and s.servicerId is not null group by s.servicerId",
                Object[].class)
            .setParameter("a", accountId)
            .setParameter("human", SessionState.HUMAN)
            .getResultList()) {
      out.put((UUID) row[0], ((Number) row[1]).intValue());
    }
    return out;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Set<UUID> departmentMembers(UUID departmentId) {
    return new HashSet<>(
        em.createQuery("select dm.memberId from DepartmentMembership dm where dm.departmentId = :d", UUID.class)
            .setParameter("d", departmentId)
            .getResultList());
  }
}
