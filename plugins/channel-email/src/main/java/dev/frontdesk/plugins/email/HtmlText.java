package dev.frontdesk.plugins.email;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable plain text from an email's HTML body: block elements become line breaks, list items dashes, links
 * keep their address, and everything invisible (head, style, script, comments) goes. Not a renderer: enough for
 * agents to read what the customer wrote when the mail has no text/plain part.
 */
final class HtmlText {

  private static final Pattern INVISIBLE =
      Pattern.compile("(?is)<!--.*?-->|<(head|style|script|title)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern LINK = Pattern.compile("(?is)<a\\b[^>]*\\bhref\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)</(p|div|h[1-6]|tr|table|blockquote|pre|ul|ol|li)\\s*>|<(p|div|h[1-6]|tr|table|hr|blockquote)\\b[^>]*>");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

  private HtmlText() {}

  static String toText(String html) {
    String s = INVISIBLE.matcher(html).replaceAll("");
    s = s.replaceAll("[\\r\\n\\t]+", " "); // HTML line breaks are markup, not source newlines
    s = linkTargets(s);
    s = BREAK.matcher(s).replaceAll("\n");
    s = LIST_ITEM.matcher(s).replaceAll("\n- ");
    s = BLOCK_END.matcher(s).replaceAll("\n");
    s = CELL.matcher(s).replaceAll("\t");
    s = TAG.matcher(s).replaceAll("");
    s = entities(s);
    // each block boundary adds a break, so "</p><p>" is two: only a longer run (an empty paragraph, a <br> in
    // a div as Gmail writes it) is a paragraph break
    StringBuilder out = new StringBuilder();
    int breaks = 0;
    for (String line : s.split("\n", -1)) {
      String t = line.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
      breaks++;
      if (t.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(breaks > 3 ? "\n\n" : "\n");
      }
      out.append(t);
      breaks = 0;
    }
    return out.toString();
  }

  /** {@code <a href="u">label</a>} → {@code label (u)}, unless the label is the address itself. */
  private static String linkTargets(String s) {
    Matcher m = LINK.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group(1).trim();
      String label = m.group(2);
      String visible = TAG.matcher(label).replaceAll("").trim();
      boolean useful = url.startsWith("http") && !visible.equalsIgnoreCase(url) && !visible.isEmpty();
      m.appendReplacement(out, Matcher.quoteReplacement(useful ? label + " (" + url + ")" : label));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = codePoint(e.substring(2), 16, m.group());
      } else if (e.startsWith("#")) {
        r = codePoint(e.substring(1), 10, m.group());
      } else {
        r = switch (e.toLowerCase(Locale.ROOT)) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          case "nbsp" -> "\u00a0";
          case "mdash" -> "—";
          case "ndash" -> "–";
          case "hellip" -> "…";
          case "copy" -> "©";
          case "rsquo", "lsquo" -> "'";
          case "rdquo", "ldquo" -> "\"";
          default -> m.group();
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String digits, int radix, String fallback) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
