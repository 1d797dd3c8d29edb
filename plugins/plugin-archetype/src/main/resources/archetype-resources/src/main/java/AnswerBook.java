package ${package};

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "answers" setting, read: one rule per line, {@code keyword, another keyword: the answer}. A question matches
 * a rule when it contains one of the rule's keywords; the rule with the most matching keywords wins, the earlier
 * one on a tie. Lines it cannot read are kept aside so an admin can see them (GET /rules), never guessed at.
 */
final class AnswerBook {

  record Rule(List<String> keywords, String answer) {}

  private final List<Rule> rules;
  private final List<String> unreadable;

  private AnswerBook(List<Rule> rules, List<String> unreadable) {
    this.rules = List.copyOf(rules);
    this.unreadable = List.copyOf(unreadable);
  }

  static AnswerBook parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      String answer = colon < 0 ? "" : line.substring(colon + 1).strip();
      List<String> keywords = new ArrayList<>();
      if (colon > 0) {
        for (String k : line.substring(0, colon).split(",")) {
          String words = words(k);
          if (!words.isEmpty()) {
            keywords.add(words);
          }
        }
      }
      if (keywords.isEmpty() || answer.isEmpty()) {
        unreadable.add(line);
      } else {
        rules.add(new Rule(List.copyOf(keywords), answer));
      }
    }
    return new AnswerBook(rules, unreadable);
  }

  List<Rule> rules() {
    return rules;
  }

  List<String> unreadable() {
    return unreadable;
  }

  Optional<String> answer(String question) {
    String text = " " + words(question) + " ";
    Rule best = null;
    int bestHits = 0;
    for (Rule rule : rules) {
      int hits = 0;
      for (String keyword : rule.keywords()) {
        if (contains(text, keyword)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        best = rule;
        bestHits = hits;
      }
    }
    return Optional.ofNullable(best).map(Rule::answer);
  }

  /**
   * Whole words for scripts that separate words with spaces ("card" does not match "discard"); anywhere in the
   * text for Chinese, Japanese and Korean, which do not.
   */
  static boolean contains(String paddedText, String keyword) {
    boolean unspaced =
        keyword.codePoints().anyMatch(c -> {
          Character.UnicodeScript s = Character.UnicodeScript.of(c);
          return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
              || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
        });
    return unspaced ? paddedText.contains(keyword) : paddedText.contains(" " + keyword + " ");
  }

  /** Lower case, letters and digits only, single spaces: "Money-back?" becomes "money back". */
  static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
