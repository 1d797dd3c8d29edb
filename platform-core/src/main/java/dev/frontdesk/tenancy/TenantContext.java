package dev.frontdesk.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Set only from verified credentials (a token's claim, a slug being
 * signed in to, a secret's owner), never from a client header. Hibernate reads it when a session opens, so it
 * must be set before the transaction starts.
 */
public final class TenantContext {

  /** Stands for "no tenant": tenant-owned tables show no rows to it. */
  public static final UUID NONE = new UUID(0L, 0L);

  private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<UUID> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The current tenant, or {@link #NONE}. */
  public static UUID currentOrNone() {
    UUID id = CURRENT.get();
    return id != null ? id : NONE;
  }

  /**
   * Makes {@code tenantId} current until the returned scope closes, then restores what was there before. Use with
   * try-with-resources.
   */
  public static Scope enter(UUID tenantId) {
    UUID previous = CURRENT.get();
    CURRENT.set(tenantId);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** Runs work for one tenant and restores the previous context afterwards. */
  public static <T> T callAs(UUID tenantId, Supplier<T> work) {
    try (Scope ignored = enter(tenantId)) {
      return work.get();
    }
  }

  public static void runAs(UUID tenantId, Runnable work) {
    try (Scope ignored = enter(tenantId)) {
      work.run();
    }
  }

  /** A tenant made current; closing it restores the previous one. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
