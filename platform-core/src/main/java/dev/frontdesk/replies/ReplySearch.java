package dev.frontdesk.replies;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What {@code GET /canned-replies?q=} shows: replies whose shortcut starts with {@code q}, or whose title or text
 * contains it, ignoring case; sorted by shortcut (company-wide before personal on a tie), so typing "ret" in the
 * composer lists "return", "return-label", … in a stable order.
 */
final class ReplySearch {

  static final Comparator<CannedReply> ORDER =
      Comparator.comparing(CannedReply::shortcut)
          .thenComparing(CannedReply::scope)
          .thenComparing(r -> r.id().toString());

  private ReplySearch() {}

  static List<CannedReply> filter(List<CannedReply> replies, String q) {
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    return replies.stream().filter(r -> needle.isEmpty() || matches(r, needle)).sorted(ORDER).toList();
  }

  private static boolean matches(CannedReply r, String needle) {
    return r.shortcut().startsWith(needle)
        || r.title().toLowerCase(Locale.ROOT).contains(needle)
        || r.text().toLowerCase(Locale.ROOT).contains(needle);
  }
}
