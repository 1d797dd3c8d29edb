package dev.frontdesk.plugins.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One FAQ entry: several phrasings of a question and the one answer to all of them. Values are trimmed on the
 * way in; {@link #problems} says what is wrong with one before it is stored.
 */
record FaqEntry(String id, String category, List<String> questions, String answer) {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  static final int MAX_CATEGORY = 100;
  static final int MAX_QUESTIONS = 20;
  static final int MAX_QUESTION = 500;
  static final int MAX_ANSWER = 4000;

  FaqEntry {
    category = category == null ? "" : category.strip();
    answer = answer == null ? "" : answer.strip();
    List<String> clean = new ArrayList<>();
    for (String q : questions == null ? List.<String>of() : questions) {
      if (q != null && !q.isBlank()) {
        clean.add(q.strip());
      }
    }
    questions = List.copyOf(clean);
  }

  FaqEntry withId(String newId) {
    return new FaqEntry(newId, category, questions, answer);
  }

  String firstQuestion() {
    return questions.isEmpty() ? "" : questions.get(0);
  }

  /** What makes this entry unfit to store, in words an admin can act on; empty when it is fine. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    if (id != null && !ID.matcher(id).matches()) {
      out.add("id must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    if (category.length() > MAX_CATEGORY) {
      out.add("category is longer than " + MAX_CATEGORY + " characters");
    }
    if (questions.isEmpty()) {
      out.add("at least one non-empty question is needed");
    }
    if (questions.size() > MAX_QUESTIONS) {
      out.add("at most " + MAX_QUESTIONS + " questions per entry (got " + questions.size() + ")");
    }
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).length() > MAX_QUESTION) {
        out.add("question " + (i + 1) + " is longer than " + MAX_QUESTION + " characters");
      }
      if (questions.get(i).indexOf('|') >= 0) {
        out.add("question " + (i + 1) + " contains '|', which separates questions in CSV files");
      }
    }
    if (answer.isEmpty()) {
      out.add("answer must not be empty");
    } else if (answer.length() > MAX_ANSWER) {
      out.add("answer is longer than " + MAX_ANSWER + " characters");
    }
    return out;
  }

  boolean sameContent(FaqEntry other) {
    return Objects.equals(category, other.category)
        && questions.equals(other.questions)
        && answer.equals(other.answer);
  }
}
