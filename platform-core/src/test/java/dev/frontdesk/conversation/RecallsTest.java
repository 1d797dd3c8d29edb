package dev.frontdesk.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecallsTest {

  private final UUID me = UUID.randomUUID();
  private final UUID colleague = UUID.randomUUID();

  @Test
  void agentsRecallTheirOwnMessagesOnly() {
    Recalls.Recaller agent = new Recalls.Recaller(Sender.servicer(me), false);
    assertTrue(agent.mayRecall(Sender.servicer(me)));
    assertFalse(agent.mayRecall(Sender.servicer(colleague)));
    assertFalse(agent.mayRecall(Sender.customer(me)));
  }

  @Test
  void supervisorsRecallAnyServicersMessageButNeverACustomersOrTheSystems() {
    Recalls.Recaller supervisor = new Recalls.Recaller(Sender.servicer(me), true);
    assertTrue(supervisor.mayRecall(Sender.servicer(colleague)));
    assertFalse(supervisor.mayRecall(Sender.customer(colleague)));
    assertFalse(supervisor.mayRecall(Sender.SYSTEM));
  }

  @Test
  void visitorsRecallTheirOwnMessagesOnly() {
    Recalls.Recaller visitor = new Recalls.Recaller(Sender.customer(me), false);
    assertTrue(visitor.mayRecall(Sender.customer(me)));
    assertFalse(visitor.mayRecall(Sender.customer(colleague)));
    assertFalse(visitor.mayRecall(Sender.servicer(me)));
  }
}
