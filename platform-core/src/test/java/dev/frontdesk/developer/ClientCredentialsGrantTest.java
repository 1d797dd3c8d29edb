package dev.frontdesk.developer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.frontdesk.identity.ApiScope;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientCredentialsGrantTest {

  private static final Set<ApiScope> GRANTED = EnumSet.of(ApiScope.SYNC, ApiScope.MESSAGES);

  @Test
  void noRequestedScopeMeansEveryGrantedScope() {
    assertEquals(GRANTED, ClientCredentialsGrant.narrow(GRANTED, null));
    assertEquals(GRANTED, ClientCredentialsGrant.narrow(GRANTED, "  "));
  }

  @Test
  void aTokenMayBeNarrowedButNeverWidened() {
    assertEquals(EnumSet.of(ApiScope.SYNC), ClientCredentialsGrant.narrow(GRANTED, "sync"));
    assertEquals("invalid_scope",
        assertThrows(OAuthError.class, () -> ClientCredentialsGrant.narrow(GRANTED, "sync accounts")).error());
    assertEquals("invalid_scope",
        assertThrows(OAuthError.class, () -> ClientCredentialsGrant.narrow(GRANTED, "root")).error());
  }
}
