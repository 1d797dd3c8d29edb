package dev.frontdesk.developer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import org.junit.jupiter.api.Test;

class ApiClientFilterTest {

  @ApiAccess(ApiScope.ACCOUNTS)
  static class Opened {
    public void inherits() {}

    @ApiAccess(ApiScope.SYNC)
    public void overrides() {}
  }

  static class Closed {
    public void closed() {}

    @ApiAccess(ApiScope.SESSIONS)
    public void opened() {}
  }

  @Test
  void theMethodsScopeWinsOverTheClasssAndNoneMeansClosed() throws Exception {
    assertEquals(ApiScope.ACCOUNTS,
        ApiClientFilter.accessOf(Opened.class.getMethod("inherits"), Opened.class).value());
    assertEquals(ApiScope.SYNC, ApiClientFilter.accessOf(Opened.class.getMethod("overrides"), Opened.class).value());
    assertEquals(ApiScope.SESSIONS, ApiClientFilter.accessOf(Closed.class.getMethod("opened"), Closed.class).value());
    assertNull(ApiClientFilter.accessOf(Closed.class.getMethod("closed"), Closed.class));
  }
}
