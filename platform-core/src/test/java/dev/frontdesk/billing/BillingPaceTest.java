package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BillingPaceTest {

  @Test
  void aJobLooksAtACompanyAtMostOnceAMinute() {
    BillingPace pace = new BillingPace();
    UUID a = UUID.randomUUID();
    Instant t = Instant.parse("2026-11-30T10:00:00Z");
    assertTrue(pace.due("close", a, t));
    assertFalse(pace.due("close", a, t.plusSeconds(59)));
    assertTrue(pace.due("close", UUID.randomUUID(), t.plusSeconds(1)), "another company");
    assertTrue(pace.due("snapshot", a, t.plusSeconds(1)), "another job");
    assertTrue(pace.due("close", a, t.plusSeconds(60)));
  }
}
