package dev.frontdesk.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A session's read marks and its unread counter for staff. */
class ReadMarksTest {

  private static final Instant T = Instant.parse("2025-01-01T10:00:00Z");

  private static Session session() {
    return new Session(UUID.randomUUID(), UUID.randomUUID(), new Session.Entry(null, "web", null), null, T);
  }

  /** Stores the next message the way the conversation engine does. */
  private static int write(Session s, boolean fromCustomer) {
    int seq = s.nextSeq();
    if (fromCustomer) {
      s.customerWrote(T);
    } else {
      s.businessWrote(T, false);
    }
    return seq;
  }

  @Test
  void marksMoveForwardOnly() {
    Session s = session();
    for (int i = 0; i < 5; i++) {
      write(s, false);
    }
    assertTrue(s.customerRead(3));
    assertFalse(s.customerRead(2), "a lower mark changes nothing");
    assertFalse(s.customerRead(3), "the same mark changes nothing");
    assertEquals(3, s.customerReadSeq());
    assertTrue(s.staffRead(4, 0));
    assertFalse(s.staffRead(1, 7));
    assertEquals(4, s.staffReadSeq());
    assertEquals(0, s.unreadForStaff(), "a refused mark leaves the counter alone");
  }

  @Test
  void customerMessagesCountUntilStaffReadThem() {
    Session s = session();
    write(s, false); // the welcome message
    write(s, true);
    int second = write(s, true);
    write(s, false);
    int third = write(s, true);
    assertEquals(3, s.unreadForStaff());
    s.customerMessageRecalled(second);
    assertEquals(2, s.unreadForStaff(), "a recalled message waits for no one");
    assertTrue(s.staffRead(third, 0));
    assertEquals(0, s.unreadForStaff());
    s.customerMessageRecalled(third);
    assertEquals(0, s.unreadForStaff(), "recalling an already read message changes nothing");
    write(s, true);
    assertEquals(1, s.unreadForStaff());
  }

  @Test
  void theViewShowsTheMarksAndTheQueueTimeOnlyWhileQueued() {
    Session s = session();
    write(s, true);
    s.queue(T.plusSeconds(5));
    SessionView queued = SessionView.of(s, null, 1);
    assertEquals(T.plusSeconds(5), queued.queuedAt());
    assertEquals(1, queued.unreadForStaff());
    s.assign(UUID.randomUUID(), T.plusSeconds(9));
    s.staffRead(1, 0);
    SessionView assigned = SessionView.of(s, null, null);
    assertNull(assigned.queuedAt());
    assertEquals(1, assigned.staffReadSeq());
    assertEquals(0, assigned.unreadForStaff());
  }
}
