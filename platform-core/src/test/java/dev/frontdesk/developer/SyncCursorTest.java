package dev.frontdesk.developer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SyncCursorTest {

  @Test
  void aCursorStandsForTheLastFeedNumberSeen() {
    for (long seq : new long[] {0, 1, 99, 1_000_000_007L, Long.MAX_VALUE}) {
      assertEquals(seq, SyncCursor.decode(SyncCursor.encode(seq)));
    }
    assertFalse(SyncCursor.encode(42).contains("42"), "opaque, not a number to do arithmetic on");
  }

  @Test
  void noCursorIsTheBeginning() {
    assertEquals(0, SyncCursor.decode(null));
    assertEquals(0, SyncCursor.decode(" "));
  }

  @Test
  void cursorsThisServerDidNotGiveAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SyncCursor.decode("42"));
    assertThrows(IllegalArgumentException.class, () -> SyncCursor.decode("not base64 !"));
    assertThrows(IllegalArgumentException.class, () -> SyncCursor.decode(b64("f1:-5")));
    assertThrows(IllegalArgumentException.class, () -> SyncCursor.decode(b64("f1:x")));
    assertThrows(IllegalArgumentException.class, () -> SyncCursor.decode(b64("f2:5")));
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }
}
