package dev.frontdesk.plugins.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message asks for a person. Keywords in scripts without spaces (Chinese) match anywhere in the text;
 * others match as whole words, case-insensitively, with any run of spaces between their words, so "agent" does
 * not fire on "agentless" (Chinese around an English keyword is a boundary: "我要找agent" matches) and "real person" matches "Real   Person".
 */
final class HumanRequest {

  private HumanRequest() {}

  static boolean asks(String text, List<String> keywords) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String k : keywords) {
      String key = k.toLowerCase(Locale.ROOT).strip();
      if (key.isEmpty()) {
        continue;
      }
      if (hasCjk(key)) {
        if (lower.contains(key)) {
          return true;
        }
      } else if (wordPattern(key).matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern wordPattern(String key) {
    StringBuilder re = new StringBuilder("(?<![\\p{IsLatin}\\p{N}])");
    String[] words = key.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    return Pattern.compile(re.append("(?![\\p{IsLatin}\\p{N}])").toString(), Pattern.UNICODE_CASE);
  }

  static boolean hasCjk(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
