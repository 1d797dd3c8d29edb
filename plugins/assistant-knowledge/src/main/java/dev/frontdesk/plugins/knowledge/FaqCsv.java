package dev.frontdesk.plugins.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The FAQ's CSV form: a header naming the columns {@code category}, {@code questions}, {@code answer} and
 * optionally {@code id} (any order), then one entry per record, its questions separated by {@code |}. Export
 * writes {@code id,category,questions,answer}, so importing an export updates the same entries.
 */
final class FaqCsv {

  static final List<String> EXPORT_HEADER = List.of("id", "category", "questions", "answer");
  static final int MAX_ROWS = FaqStore.MAX_ENTRIES;
  static final int MAX_REPORTED_ERRORS = 100;

  private FaqCsv() {}

  record RowError(int line, String message) {}

  /** The entries of a file (id null where the file has none), or every error found in it. */
  record Parsed(List<FaqEntry> entries, List<RowError> errors) {}

  static Parsed parse(String text) {
    List<RowError> errors = new ArrayList<>();
    List<Csv.Row> rows;
    try {
      rows = Csv.parse(text);
    } catch (Csv.Malformed e) {
      return new Parsed(List.of(), List.of(new RowError(e.line, e.getMessage())));
    }
    if (rows.isEmpty()) {
      return new Parsed(List.of(), List.of(new RowError(1, "the file is empty: expected a header 'category,questions,answer'")));
    }
    Csv.Row header = rows.get(0);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (!EXPORT_HEADER.contains(name)) {
        errors.add(new RowError(header.line(), "unknown column '" + header.fields().get(i) + "' (expected " + String.join(", ", EXPORT_HEADER) + ")"));
      } else if (column.putIfAbsent(name, i) != null) {
        errors.add(new RowError(header.line(), "column '" + name + "' appears twice"));
      }
    }
    for (String needed : List.of("category", "questions", "answer")) {
      if (!column.containsKey(needed)) {
        errors.add(new RowError(header.line(), "the header lacks the column '" + needed + "'"));
      }
    }
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), errors);
    }
    if (rows.size() - 1 > MAX_ROWS) {
      return new Parsed(List.of(), List.of(new RowError(rows.get(MAX_ROWS + 1).line(), "at most " + MAX_ROWS + " entries per file")));
    }
    List<FaqEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != header.fields().size()) {
        errors.add(new RowError(row.line(), "expected " + header.fields().size() + " fields, found " + row.fields().size()));
        continue;
      }
      String id = column.containsKey("id") ? row.fields().get(column.get("id")).strip() : "";
      FaqEntry e =
          new FaqEntry(
              id.isEmpty() ? null : id,
              row.fields().get(column.get("category")),
              Arrays.asList(row.fields().get(column.get("questions")).split("\\|")),
              row.fields().get(column.get("answer")));
      for (String p : e.problems()) {
        errors.add(new RowError(row.line(), p));
      }
      if (e.id() != null && !ids.add(e.id())) {
        errors.add(new RowError(row.line(), "id '" + e.id() + "' appears more than once in the file"));
      }
      entries.add(e);
    }
    return new Parsed(entries, errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors);
  }

  static String write(List<FaqEntry> entries) {
    StringBuilder out = new StringBuilder("\uFEFF").append(Csv.line(EXPORT_HEADER));
    for (FaqEntry e : entries) {
      out.append(Csv.line(List.of(e.id(), e.category(), String.join("|", e.questions()), e.answer())));
    }
    return out.toString();
  }
}
