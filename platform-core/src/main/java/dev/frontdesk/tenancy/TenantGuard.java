package dev.frontdesk.tenancy;

import dev.frontdesk.api.ProblemException;
import jakarta.persistence.PostLoad;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Refuses an entity of another tenant as it is loaded. Hibernate 6 adds the {@code @TenantId} condition to
 * queries but not to loads by id ({@code em.find}); on PostgreSQL row-level security stops those, and on H2 (the
 * quick start, which has no row-level security) this does. Registered for every entity in META-INF/orm.xml.
 */
public class TenantGuard {

  private static final ClassValue<Optional<Field>> TENANT_FIELD =
      new ClassValue<>() {
        @Override
        protected Optional<Field> computeValue(Class<?> type) {
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (f.isAnnotationPresent(TenantId.class)) {
                f.setAccessible(true);
                return Optional.of(f);
              }
            }
          }
          return Optional.empty();
        }
      };

  @PostLoad
  public void check(Object entity) {
    Optional<UUID> current = TenantContext.current();
    Optional<Field> field = TENANT_FIELD.get(entity.getClass());
    if (current.isEmpty() || field.isEmpty()) {
      return; // platform-level work, or an entity that belongs to no tenant
    }
    Object owner;
    try {
      owner = field.get().get(entity);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    if (owner != null && !owner.equals(current.get())) {
      throw ProblemException.notFound("Not found in your company.");
    }
  }
}
