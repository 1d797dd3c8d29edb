package dev.frontdesk.plugins.email;

import java.util.regex.Pattern;

/** Subjects without the reply and forward prefixes mailers stack up ("Re: AW: Fwd: ..."). */
final class Subjects {

  private static final Pattern PREFIX =
      Pattern.compile(
          "(?i)^\\s*(re|fw|fwd|aw|wg|sv|vs|antw|tr|rif|r|回复|回覆|答复|转发|轉寄|转寄)\\s*(\\[\\d+\\])?\\s*[:：]\\s*");

  private Subjects() {}

  static String base(String subject) {
    if (subject == null) {
      return "";
    }
    String s = subject.strip();
    String before;
    do {
      before = s;
      s = PREFIX.matcher(s).replaceFirst("");
    } while (!s.equals(before));
    return s.strip();
  }

  static String reply(String threadSubject) {
    String base = base(threadSubject);
    return base.isEmpty() ? "Re: your message" : "Re: " + base;
  }
}
