package dev.frontdesk.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplySearchTest {

  private static final Instant T = Instant.parse("2025-01-01T10:00:00Z");
  private static final UUID ME = UUID.randomUUID();

  private static CannedReply tenant(String shortcut, String title, String text) {
    return new CannedReply(null, shortcut, title, text, T);
  }

  private static CannedReply mine(String shortcut, String title, String text) {
    return new CannedReply(ME, shortcut, title, text, T);
  }

  private static List<String> shortcuts(List<CannedReply> replies) {
    return replies.stream().map(r -> r.scope().apiName() + ":" + r.shortcut()).toList();
  }

  private final List<CannedReply> replies = List.of(
      mine("thanks", "Thank you", "Thanks for waiting!"),
      tenant("return-label", "Return label", "Print the label we e-mailed you."),
      tenant("return", "Returns", "You can return anything within 30 days."),
      tenant("hours", "Opening hours", "We answer from 9 to 17, Monday to Friday."),
      mine("return", "My returns text", "Send it back, no questions asked."),
      tenant("a-b", "Hyphen", "Sorted by code point, not by a locale that ignores '-'."),
      tenant("ab", "Letters", "After a-b."),
      tenant("zz-greeting", "Hello", "Hi there"));

  @Test
  void withoutAQueryAllAreSortedByShortcutCompanyFirstOnATie() {
    assertEquals(
        List.of("tenant:a-b", "tenant:ab", "tenant:hours", "tenant:return", "personal:return", "tenant:return-label",
            "personal:thanks", "tenant:zz-greeting"),
        shortcuts(ReplySearch.filter(replies, null)));
    assertEquals(replies.size(), ReplySearch.filter(replies, "  ").size());
  }

  @Test
  void aQueryMatchesTheStartOfAShortcutOrAnyPartOfTitleOrTextIgnoringCase() {
    assertEquals(List.of("tenant:return", "personal:return", "tenant:return-label"),
        shortcuts(ReplySearch.filter(replies, "RET")));
    assertEquals(List.of("tenant:hours"), shortcuts(ReplySearch.filter(replies, "monday")));
    assertEquals(List.of("personal:thanks"), shortcuts(ReplySearch.filter(replies, "thank you")));
    assertEquals(List.of(), shortcuts(ReplySearch.filter(replies, "greeting")), "shortcuts match by prefix only");
    assertEquals(List.of("tenant:zz-greeting"), shortcuts(ReplySearch.filter(replies, "zz")));
    assertEquals(List.of("tenant:return-label"), shortcuts(ReplySearch.filter(replies, "E-MAILED")));
  }

  @Test
  void scopesAreParsedByTheirApiNames() {
    assertEquals(ReplyScope.TENANT, ReplyScope.parse("tenant"));
    assertEquals(ReplyScope.PERSONAL, ReplyScope.parse("personal"));
    assertThrows(IllegalArgumentException.class, () -> ReplyScope.parse("TENANT"));
    assertThrows(IllegalArgumentException.class, () -> ReplyScope.parse(null));
  }
}
