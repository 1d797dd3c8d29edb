package dev.frontdesk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFilterTest {

  @Test
  void matchesTheNamedTypesOnly() {
    EventFilter filter = EventFilter.of(List.of("message", " recall "));
    assertTrue(filter.matches("message"));
    assertTrue(filter.matches("recall"));
    assertFalse(filter.matches("enter_session"));
    assertEquals(List.of("message", "recall"), filter.types());
  }

  @Test
  void starMatchesEverythingAndSwallowsTheRest() {
    EventFilter all = EventFilter.of(List.of("message", "*"));
    assertEquals(List.of("*"), all.types());
    assertTrue(all.matches("enter_session"));
    assertTrue(all.matches("servicer_status_change"));
  }

  @Test
  void survivesStorage() {
    EventFilter filter = EventFilter.of(List.of("recall", "message", "message"));
    assertEquals("message recall", filter.stored());
    assertEquals(filter.types(), EventFilter.ofStored(filter.stored()).types());
  }

  @Test
  void unknownTypesAreNamedWithTheValidOnes() {
    String message =
        assertThrows(IllegalArgumentException.class,
            () -> EventFilter.of(List.of("message", "mesage", "queue_changed"))).getMessage();
    assertEquals(
        "unknown event types 'mesage', 'queue_changed'; valid: *, enter_session, message, msg_send_fail, recall,"
            + " servicer_status_change, session_status_change",
        message);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EventFilter.of(List.of())).getMessage()
        .startsWith("name at least one event type"));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.of(null));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.of(Arrays.asList((String) null)));
  }
}
