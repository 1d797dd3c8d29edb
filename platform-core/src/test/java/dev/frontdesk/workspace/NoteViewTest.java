package dev.frontdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.conversation.SessionView;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoteViewTest {

  @Test
  void shorteningCutsAtCharacterBoundariesAndMarksTheCut() {
    // 30 characters: 20 of 3 bytes, then 10 of 4 bytes that are two chars each in Java
    String text = "客服".repeat(10) + "😀".repeat(10);
    NoteView note = new NoteView(UUID.randomUUID(), UUID.randomUUID(), new NoteView.Author(UUID.randomUUID(), "Ann"),
        text, Instant.now());
    NoteView shorter = note.shortened();
    assertTrue(shorter.text().endsWith("…"));
    assertEquals(22, shorter.text().codePointCount(0, shorter.text().length()), "3/4 of 30, the ellipsis included");
    assertTrue(text.startsWith(shorter.text().substring(0, shorter.text().length() - 1)));
    NoteView tiny = new NoteView(note.id(), note.sessionId(), note.author(), "x", note.createdAt()).shortened();
    assertEquals("…", tiny.text());
    assertEquals(note.id(), shorter.id());
  }

  @Test
  void aCustomerSessionHasEveryFieldOfASessionView() {
    Set<String> session = names(SessionView.class.getRecordComponents());
    Set<String> customerSession = names(CustomerSession.class.getRecordComponents());
    assertTrue(customerSession.containsAll(session), "missing: " + session.stream()
        .filter(n -> !customerSession.contains(n)).toList());
    assertEquals(session.size() + 2, customerSession.size(), "plus entryPointName and accountName");
  }

  private static Set<String> names(RecordComponent[] components) {
    return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
  }
}
