package dev.frontdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiScopeTest {

  @Test
  void scopesRoundTripThroughTheTokenClaim() {
    Set<ApiScope> scopes = EnumSet.of(ApiScope.SYNC, ApiScope.ENTRY_POINTS, ApiScope.ACCOUNTS);
    String claim = ApiScope.toClaim(scopes);
    assertEquals("accounts entry-points sync", claim);
    assertEquals(scopes, ApiScope.parseClaim(claim));
  }

  @Test
  void scopesOfOtherIssuersAreIgnoredInTokens() {
    assertEquals(EnumSet.of(ApiScope.SYNC), ApiScope.parseClaim(" profile  sync microprofile-jwt email "));
    assertTrue(ApiScope.parseClaim(null).isEmpty());
    assertTrue(ApiScope.parseClaim("").isEmpty());
  }

  @Test
  void anUnknownScopeIsNamedWithTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiScope.fromId("everything"));
    assertTrue(e.getMessage().contains("'everything'"), e.getMessage());
    assertTrue(e.getMessage().contains("entry-points"), e.getMessage());
    assertEquals(ApiScope.ENTRY_POINTS, ApiScope.fromId("entry-points"));
  }

  @Test
  void theApiClientGroupIsNoStaffRole() {
    assertThrows(IllegalArgumentException.class, () -> Role.fromId(Role.API_CLIENT_ID));
  }
}
