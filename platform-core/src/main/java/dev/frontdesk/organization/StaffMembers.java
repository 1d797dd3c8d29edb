package dev.frontdesk.organization;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.database.UniqueViolations;
import dev.frontdesk.identity.Active;
import dev.frontdesk.identity.IdentityDirectory;
import dev.frontdesk.identity.Member;
import dev.frontdesk.identity.Role;
import dev.frontdesk.identity.Secrets;
import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Managing the current tenant's staff: roles, departments, passwords and invitations. */
@ApplicationScoped
public class StaffMembers {

  static final Duration INVITATION_TTL = Duration.ofDays(7);

  private static final Map<String, String> CONFLICTS =
      Map.of("members_email_key", "An account with this email already exists.");

  @Inject dev.frontdesk.billing.Quotas quotas;
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Tenants tenants;
  @Inject @Active IdentityDirectory directory;

  /** A member with their departments; {@code invitationToken} only right after an invitation was made. */
  public record Staff(Member member, Set<UUID> departmentIds, String invitationToken) {}

  @Transactional
  public List<Staff> list() {
    Map<UUID, Set<UUID>> departments =
        em.createQuery("select m from DepartmentMembership m", DepartmentMembership.class)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    DepartmentMembership::memberId,
                    Collectors.mapping(DepartmentMembership::departmentId, Collectors.toCollection(TreeSet::new))));
    return em.createQuery("select m from Member m order by lower(m.name), m.email", Member.class)
        .getResultStream()
        .map(m -> new Staff(m, departments.getOrDefault(m.id(), Set.of()), null))
        .toList();
  }

  @Transactional
  public Staff get(UUID id) {
    Member member = find(id);
    return new Staff(member, departmentsOf(id), null);
  }

  @Transactional
  public Staff create(MemberRequests.Create request) {
    Set<Role> roles = parseRoles(request.roles());
    Set<UUID> departmentIds = existingDepartments(request.departmentIds());
    quotas.allowSeats(1);
    Member member = new Member(request.email(), request.name(), roles, clock.instant());
    try {
      em.persist(member);
      em.flush();
    } catch (PersistenceException e) {
      throw UniqueViolations.translate(e, CONFLICTS);
    }
    departmentIds.forEach(d -> em.persist(new DepartmentMembership(member.id(), d)));
    directory.memberCreated(currentTenant(), member, Optional.ofNullable(request.password()));
    String invitation = null;
    if (request.password() == null) {
      invitation = Secrets.newToken();
      em.persist(
          new Invitation(
              Secrets.hash(invitation), member.tenantId(), member.id(), clock.instant().plus(INVITATION_TTL)));
    }
    return new Staff(member, departmentIds, invitation);
  }

  @Transactional
  public Staff update(UUID id, MemberRequests.Update request) {
    Member member = find(id);
    if (request.name() != null) {
      member.rename(request.name());
    }
    if (request.roles() != null) {
      Set<Role> roles = parseRoles(request.roles());
      if (!roles.contains(Role.TENANT_ADMIN)) {
        requireAnotherAdmin(member);
      }
      member.setRoles(roles);
    }
    if (request.departmentIds() != null) {
      Set<UUID> wanted = existingDepartments(request.departmentIds());
      List<DepartmentMembership> current = memberships(id);
      current.stream().filter(m -> !wanted.contains(m.departmentId())).forEach(em::remove);
      Set<UUID> kept = current.stream().map(DepartmentMembership::departmentId).collect(Collectors.toSet());
      wanted.stream().filter(d -> !kept.contains(d)).forEach(d -> em.persist(new DepartmentMembership(id, d)));
    }
    directory.memberUpdated(currentTenant(), member, Optional.ofNullable(request.password()));
    em.flush();
    return new Staff(member, departmentsOf(id), null);
  }

  @Transactional
  public void delete(UUID id) {
    Member member = find(id);
    requireAnotherAdmin(member);
    directory.memberDeleted(currentTenant(), member);
    em.remove(member);
  }

  /** The company must always keep someone who can administer it. */
  private void requireAnotherAdmin(Member member) {
    if (!member.roles().contains(Role.TENANT_ADMIN)) {
      return;
    }
    long otherAdmins =
        em.createQuery("select m from Member m where m.id <> :id", Member.class)
            .setParameter("id", member.id())
            .getResultStream()
            .filter(m -> m.roles().contains(Role.TENANT_ADMIN))
            .count();
    if (otherAdmins == 0) {
      throw ProblemException.conflict(
          "This is the company's last admin; make someone else a tenant-admin first.");
    }
  }

  private Member find(UUID id) {
    Member member = em.find(Member.class, id);
    if (member == null) {
      throw ProblemException.notFound("No member " + id + " in your company.");
    }
    return member;
  }

  private Tenant currentTenant() {
    UUID id = TenantContext.currentOrNone();
    return tenants.byId(id).orElseThrow(() -> ProblemException.forbidden("Sign in as a member of a company."));
  }

  private List<DepartmentMembership> memberships(UUID memberId) {
    return em.createQuery(
            "select m from DepartmentMembership m where m.memberId = :id", DepartmentMembership.class)
        .setParameter("id", memberId)
        .getResultList();
  }

  private Set<UUID> departmentsOf(UUID memberId) {
    return memberships(memberId).stream()
        .map(DepartmentMembership::departmentId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Department ids from a request, each of which must be a department of this company. */
  private Set<UUID> existingDepartments(Set<UUID> ids) {
    if (ids == null || ids.isEmpty()) {
      return Set.of();
    }
    Set<UUID> found =
        new HashSet<>(
            em.createQuery("select d.id from Department d where d.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    for (UUID id : ids) {
      if (!found.contains(id)) {
        throw ProblemException.invalid("departmentIds", "no department " + id + " in your company");
      }
    }
    return new TreeSet<>(ids);
  }

  private static Set<Role> parseRoles(Set<String> ids) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String id : ids) {
      Role role;
      try {
        role = Role.fromId(id);
      } catch (IllegalArgumentException e) {
        role = null;
      }
      if (role == null || !Role.STAFF.contains(role)) {
        throw ProblemException.invalid("roles", "'" + id + "' is not one of " + Role.ids(Role.STAFF));
      }
      roles.add(role);
    }
    return roles;
  }
}
