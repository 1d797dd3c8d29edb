package dev.frontdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

  private final RolesConverter converter = new RolesConverter();

  @Test
  void roleIdsAreTheClaimValues() {
    assertEquals("tenant-admin", Role.TENANT_ADMIN.id());
    assertEquals(Role.PLATFORM_ADMIN, Role.fromId("platform-admin"));
    assertThrows(IllegalArgumentException.class, () -> Role.fromId("root"));
    assertEquals(Set.of("agent", "supervisor"), Role.ids(EnumSet.of(Role.SUPERVISOR, Role.AGENT)));
  }

  @Test
  void rolesRoundTripThroughTheColumn() {
    EnumSet<Role> roles = EnumSet.of(Role.AGENT, Role.TENANT_ADMIN);
    String column = converter.convertToDatabaseColumn(roles);
    assertEquals("agent,tenant-admin", column);
    assertEquals(roles, converter.convertToEntityAttribute(column));
    assertTrue(converter.convertToEntityAttribute("").isEmpty());
  }

  @Test
  void aMemberHoldsOnlyStaffRolesAndAtLeastOne() {
    Member member = new Member(" Ann@Example.TEST ", " Ann ", EnumSet.of(Role.AGENT), Instant.EPOCH);
    assertEquals("ann@example.test", member.email());
    assertEquals("Ann", member.name());
    assertEquals(Member.Status.INVITED, member.status(), "no password yet");
    assertThrows(IllegalArgumentException.class, () -> member.setRoles(EnumSet.of(Role.PLATFORM_ADMIN)));
    assertThrows(IllegalArgumentException.class, () -> member.setRoles(EnumSet.noneOf(Role.class)));
    member.setPasswordHash("hash");
    assertEquals(Member.Status.ACTIVE, member.status());
  }

  @Test
  void secretsAreRandomAndStoredAsTheirHash() {
    String a = Secrets.newToken();
    String b = Secrets.newToken();
    assertTrue(a.length() >= 43 && !a.equals(b));
    assertEquals(64, Secrets.hash(a).length());
    assertEquals(Secrets.hash(a), Secrets.hash(a));
  }
}
