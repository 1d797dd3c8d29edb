package dev.frontdesk.plugins.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes (a quote inside doubled, line breaks
 * allowed inside), records ending in CRLF or LF. A leading UTF-8 byte-order mark is ignored.
 */
final class Csv {

  private Csv() {}

  /** A record and the line of the file it starts on (1-based), for error messages. */
  record Row(int line, List<String> fields) {}

  /** Thrown for text that is not CSV at all, such as a quote left open. */
  static final class Malformed extends RuntimeException {
    final int line;

    Malformed(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  static List<Row> parse(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int i = 0;
    boolean fieldStarted = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' && field.length() == 0 && !fieldStarted) {
        // A quoted field: read to the closing quote.
        int openedOn = line;
        i++;
        for (;;) {
          if (i >= s.length()) {
            throw new Malformed(openedOn, "a quoted field opened on line " + openedOn + " is never closed");
          }
          char d = s.charAt(i);
          if (d == '"') {
            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (d == '\n') {
            line++;
          }
          field.append(d);
          i++;
        }
        fieldStarted = true;
        if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          throw new Malformed(line, "unexpected text after a closing quote on line " + line);
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        i++;
      } else if (c == '\r' || c == '\n') {
        i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
        fields.add(field.toString());
        addUnlessBlank(rows, rowLine, fields);
        fields = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
        i++;
      }
    }
    if (fieldStarted || !fields.isEmpty()) {
      fields.add(field.toString());
      addUnlessBlank(rows, rowLine, fields);
    }
    return rows;
  }

  private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
    if (!(fields.size() == 1 && fields.get(0).isBlank())) {
      rows.add(new Row(line, List.copyOf(fields)));
    }
  }

  /** One record, quoting the fields that need it, ending in CRLF as RFC 4180 asks. */
  static String line(List<String> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      if (i > 0) {
        out.append(',');
      }
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
          || (!f.isEmpty() && (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(f.length() - 1))))) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    return out.append("\r\n").toString();
  }
}
