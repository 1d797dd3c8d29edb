package dev.frontdesk.organization;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.database.UniqueViolations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Departments of the current tenant. */
@ApplicationScoped
public class Departments {

  private static final Map<String, String> CONFLICTS =
      Map.of("departments_name_key", "A department with this name already exists.");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public List<Department> list() {
    return em.createQuery("select d from Department d order by lower(d.name)", Department.class).getResultList();
  }

  @Transactional
  public Department get(UUID id) {
    Department department = em.find(Department.class, id);
    if (department == null) {
      throw ProblemException.notFound("No department " + id + " in your company.");
    }
    return department;
  }

  @Transactional
  public Department create(String name) {
    Department department = new Department(name, clock.instant());
    return flushed(() -> em.persist(department), department);
  }

  @Transactional
  public Department rename(UUID id, String name) {
    Department department = get(id);
    return flushed(() -> department.rename(name), department);
  }

  @Transactional
  public void delete(UUID id) {
    em.remove(get(id));
  }

  private Department flushed(Runnable change, Department department) {
    try {
      change.run();
      em.flush();
      return department;
    } catch (PersistenceException e) {
      throw UniqueViolations.translate(e, CONFLICTS);
    }
  }
}
