package dev.frontdesk.plugins.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the previous message that mail clients append under a reply, so agents see only what is new. It cuts
 * only at markers mailers write themselves (an attribution line, an "Original Message" separator, an Outlook
 * header block, a trailing block of "&gt;" lines) and never leaves an empty text: when everything would go,
 * the text is kept whole. Inline replies (answers between quoted lines) are kept as they are.
 */
final class QuoteStripper {

  private static final Pattern SEPARATOR =
      Pattern.compile(
          "(?i)^\\s*(-{2,}\\s*(original message|forwarded by|urspr[üu]ngliche nachricht|message d'origine)\\s*-{2,}"
              + "|-{3,}\\s*原始邮件\\s*-{3,}|-{3,}\\s*原始郵件\\s*-{3,}|_{10,})\\s*$");
  /** "On Tue, 3 Jun 2025 at 10:00, Ann <ann@example.com> wrote:" (Gmail, Apple Mail, Thunderbird). */
  private static final Pattern ON_WROTE = Pattern.compile("(?i)^\\s*on\\b.{4,300}\\bwrote\\s*:\\s*$");
  /** "在 2025年6月3日 10:00，Ann <ann@example.com> 写道：" and the "于 ... 写道" form. */
  private static final Pattern ZH_WROTE = Pattern.compile("^\\s*(在|于|於).{2,300}(写道|寫道)\\s*[:：]?\\s*$");
  private static final Pattern ZH_WROTE_INLINE = Pattern.compile("^.{2,300}\\s*(于|於).{2,200}(写道|寫道)\\s*[:：]\\s*$");
  private static final Pattern DE_WROTE = Pattern.compile("^\\s*Am\\b.{4,300}\\bschrieb\\b.{0,200}:\\s*$");
  private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(from|von|de|发件人|寄件者)\\*?\\s*[:：].+");
  private static final Pattern HEADER_NEXT =
      Pattern.compile("(?i)^\\s*\\*?(sent|date|gesendet|envoyé|发送时间|寄件日期|日期|to|收件人)\\*?\\s*[:：].*");

  private QuoteStripper() {}

  static String strip(String text) {
    List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    int cut = cutAt(lines);
    List<String> kept = new ArrayList<>(lines.subList(0, cut));
    dropTrailingQuote(kept);
    String out = String.join("\n", kept).strip();
    return out.isEmpty() ? text.strip() : out;
  }

  /** The first line of the quoted previous message, or the line count when there is none. */
  private static int cutAt(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String joined = i + 1 < lines.size() ? line + " " + lines.get(i + 1).strip() : line;
      if (SEPARATOR.matcher(line).matches()
          || ON_WROTE.matcher(line).matches()
          || ZH_WROTE.matcher(line).matches()
          || ZH_WROTE_INLINE.matcher(line).matches()
          || DE_WROTE.matcher(line).matches()) {
        return i;
      }
      // attribution lines that a mailer wrapped in two
      if (line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("on ") && ON_WROTE.matcher(joined).matches()) {
        return i;
      }
      if (HEADER_FROM.matcher(line).matches() && headerBlockFollows(lines, i + 1)) {
        return i;
      }
    }
    return lines.size();
  }

  /** An Outlook-style quoted header: "From:" followed by "Sent:"/"Date:"/"To:" within the next lines. */
  private static boolean headerBlockFollows(List<String> lines, int from) {
    for (int i = from; i < Math.min(lines.size(), from + 3); i++) {
      if (HEADER_NEXT.matcher(lines.get(i)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static void dropTrailingQuote(List<String> lines) {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isBlank()) {
      end--;
    }
    int start = end;
    while (start > 0 && (lines.get(start - 1).startsWith(">") || lines.get(start - 1).isBlank())) {
      start--;
    }
    boolean anyQuote = false;
    for (int i = start; i < end; i++) {
      anyQuote |= lines.get(i).startsWith(">");
    }
    if (anyQuote) {
      lines.subList(start, lines.size()).clear();
    }
  }
}
