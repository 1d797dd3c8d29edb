package dev.frontdesk.tenancy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.frontdesk.api.ProblemException;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;

class TenantGuardTest {

  static class Owned {
    @TenantId UUID tenantId;

    Owned(UUID tenantId) {
      this.tenantId = tenantId;
    }
  }

  static class Shared {
    UUID id = UUID.randomUUID();
  }

  private final TenantGuard guard = new TenantGuard();
  private final UUID mine = UUID.randomUUID();
  private final UUID theirs = UUID.randomUUID();

  @Test
  void anotherTenantsRowIsNotFound() {
    ProblemException e =
        assertThrows(ProblemException.class, () -> TenantContext.runAs(mine, () -> guard.check(new Owned(theirs))));
    assertEquals(404, e.problem().status());
  }

  @Test
  void ownRowsSharedRowsAndPlatformWorkPass() {
    assertDoesNotThrow(() -> TenantContext.runAs(mine, () -> guard.check(new Owned(mine))));
    assertDoesNotThrow(() -> TenantContext.runAs(mine, () -> guard.check(new Shared())));
    assertDoesNotThrow(() -> guard.check(new Owned(theirs)));
  }
}
