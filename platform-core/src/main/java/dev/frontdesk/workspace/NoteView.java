package dev.frontdesk.workspace;

import java.time.Instant;
import java.util.UUID;

/**
 * An internal note as the API and the {@code note} live event show it. {@code author.name} is the member's
 * current name, null once the member was deleted.
 */
public record NoteView(UUID id, UUID sessionId, Author author, String text, Instant createdAt) {

  public record Author(UUID id, String name) {}

  static NoteView of(SessionNote note, String authorName) {
    return new NoteView(
        note.id(), note.sessionId(), new Author(note.authorId(), authorName), note.text(), note.createdAt());
  }

  /** The same note with about a quarter of its text cut off (at a character boundary) and an ellipsis. */
  NoteView shortened() {
    int keep = text.codePointCount(0, text.length()) * 3 / 4;
    String cut = text.substring(0, text.offsetByCodePoints(0, Math.max(0, keep - 1)));
    return new NoteView(id, sessionId, author, cut + "…", createdAt);
  }
}
