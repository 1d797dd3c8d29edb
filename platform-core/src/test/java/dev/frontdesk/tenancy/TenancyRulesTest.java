package dev.frontdesk.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenancyRulesTest {

  @Test
  void slugsAreShortLowercaseAndNotReserved() {
    for (String ok : List.of("acme", "acme-co", "a12", "shop-12-east")) {
      assertTrue(ok.matches(Slugs.PATTERN), ok);
    }
    for (String bad : List.of("ac", "Acme", "1acme", "acme_co", "acme co", "a".repeat(41))) {
      assertFalse(bad.matches(Slugs.PATTERN), bad);
    }
    assertTrue(Slugs.isReserved("admin"));
    assertFalse(Slugs.isReserved("acme"));
  }

  @Test
  void keycloakOrganizationClaimIsReadInEitherShape() {
    assertEquals(Optional.of("acme"), TenantOfToken.organizationAlias(Json.createArrayBuilder().add("acme").build()));
    assertEquals(Optional.of("acme"),
        TenantOfToken.organizationAlias(Json.createObjectBuilder().add("acme", Json.createObjectBuilder().add("id", "x")).build()));
    assertEquals(Optional.of("acme"), TenantOfToken.organizationAlias(List.of("acme")));
    assertEquals(Optional.empty(), TenantOfToken.organizationAlias(null));
    assertEquals(Optional.empty(), TenantOfToken.organizationAlias(Json.createArrayBuilder().build()));
  }

  @Test
  void tenantContextIsScopedAndRestored() {
    UUID outer = UUID.randomUUID();
    UUID inner = UUID.randomUUID();
    assertEquals(TenantContext.NONE, TenantContext.currentOrNone());
    try (TenantContext.Scope ignored = TenantContext.enter(outer)) {
      assertEquals(inner, TenantContext.callAs(inner, TenantContext::currentOrNone));
      assertEquals(Optional.of(outer), TenantContext.current());
    }
    assertEquals(Optional.empty(), TenantContext.current(), "nothing leaks to the next request on this thread");
  }
}
