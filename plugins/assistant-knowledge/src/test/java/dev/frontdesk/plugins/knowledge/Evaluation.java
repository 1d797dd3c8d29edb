package dev.frontdesk.plugins.knowledge;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.testing.TestHost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the labelled question set against the FAQ fixture through the test host, as the platform would: the FAQ
 * goes in through {@code POST /import}, every question is turn 1 of a session of its own.
 */
final class Evaluation {

  static final String FAQ = "eval/faq.csv";
  static final String QUESTIONS = "eval/questions.tsv";
  static final Set<String> SPECIAL = Set.of("handoff", "human");
  static final HttpEndpoint.Caller ADMIN = new HttpEndpoint.Caller("eval", "admin", Set.of("tenant-admin"));

  record Case(String expected, String lang, String question) {
    String expectedKind() {
      return SPECIAL.contains(expected) ? expected : "answer";
    }
  }

  /** What came back, reduced to what the report counts. */
  record Result(Case c, String outcome, String entryId, List<String> menu, String reason) {
    boolean correct() {
      return switch (c.expectedKind()) {
        case "answer" -> outcome.equals("answer") && c.expected().equals(entryId);
        case "human" -> outcome.equals("handoff") && "asked_for_human".equals(reason);
        default -> outcome.equals("handoff");
      };
    }

    boolean helped() {
      return correct() || (outcome.equals("suggest") && menu.contains(c.expected()));
    }

    /** The outcome in the report's four buckets. */
    String bucket() {
      if (correct()) {
        return "correct";
      }
      return switch (outcome) {
        case "answer" -> "wrong answer";
        case "suggest" -> menu.contains(c.expected()) ? "suggested (right one in menu)" : "suggested (not in menu)";
        default -> "handed off (" + reason + ")";
      };
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : resource(QUESTIONS).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("bad line in " + QUESTIONS + ": " + line);
      }
      out.add(new Case(f[0].strip(), f[1].strip(), f[2].strip()));
    }
    return out;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Evaluation.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no " + name + " on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Binds a tenant and loads the fixture FAQ into it through the import endpoint. */
  static Binding loadFaq(TestHost host, Map<String, Object> config) throws Exception {
    Binding b = host.bind(ADMIN.tenantId(), null, config);
    HttpEndpoint.Response r = host.http("POST", "/import", resource(FAQ), ADMIN);
    if (r.status() != 200) {
      throw new IllegalStateException("import failed: " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return b;
  }

  static List<Result> run(TestHost host, Binding b, List<Case> cases) throws Exception {
    List<Result> out = new ArrayList<>();
    int n = 0;
    for (Case c : cases) {
      AssistantPlugin.Reply reply = host.ask(b, "eval-" + n++, Content.text(c.question()));
      out.add(result(c, reply));
    }
    return out;
  }

  static Result result(Case c, AssistantPlugin.Reply reply) {
    if (reply instanceof AssistantPlugin.HandOff h) {
      return new Result(c, "handoff", null, List.of(), h.reason());
    }
    AssistantPlugin.Answer a = (AssistantPlugin.Answer) reply;
    if (!a.answered() && a.messages().get(0) instanceof Content.Menu m) {
      return new Result(c, "suggest", null, m.options().stream().map(Content.Option::id).toList(), null);
    }
    String text = ((Content.Text) a.messages().get(0)).text();
    return new Result(c, "answer", entryIdByAnswer.getOrDefault(text, "?"), List.of(), null);
  }

  /** Answers are unique in the fixture, so an answer's text names its entry. */
  static final Map<String, String> entryIdByAnswer = new LinkedHashMap<>();

  static void indexAnswers(TestHost host) throws Exception {
    HttpEndpoint.Response r = host.http("GET", "/export", null, ADMIN);
    String csv = new String(r.body(), StandardCharsets.UTF_8);
    for (Csv.Row row : Csv.parse(csv).subList(1, Csv.parse(csv).size())) {
      entryIdByAnswer.put(row.fields().get(3).strip(), row.fields().get(0));
    }
  }

  static double accuracy(List<Result> results) {
    return results.isEmpty() ? 0 : (double) results.stream().filter(Result::correct).count() / results.size();
  }

  static String report(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Overall: %s%n", ratio(results)));
    long helped = results.stream().filter(Result::helped).count();
    long wrong = results.stream().filter(r -> r.bucket().equals("wrong answer")).count();
    out.append(String.format(Locale.ROOT, "Helped (correct, or the right entry offered in a menu): %d of %d (%.1f%%)%n", helped, results.size(), 100.0 * helped / results.size()));
    out.append(String.format(Locale.ROOT, "Wrong answers (answered with another entry, or answered out of scope): %d of %d (%.1f%%)%n%n", wrong, results.size(), 100.0 * wrong / results.size()));
    out.append("| group | questions | correct | accuracy |\n|---|---:|---:|---:|\n");
    for (String lang : List.of("zh", "en")) {
      row(out, "language " + lang, results.stream().filter(r -> r.c().lang().equals(lang)).toList());
    }
    for (String kind : List.of("answer", "handoff", "human")) {
      row(out, "expected " + kind, results.stream().filter(r -> r.c().expectedKind().equals(kind)).toList());
    }
    out.append("\nOutcomes by expected outcome:\n\n| expected | outcome | count |\n|---|---|---:|\n");
    for (String kind : List.of("answer", "handoff", "human")) {
      Map<String, Integer> buckets = new LinkedHashMap<>();
      results.stream()
          .filter(r -> r.c().expectedKind().equals(kind))
          .forEach(r -> buckets.merge(r.bucket(), 1, Integer::sum));
      buckets.forEach((bucket, count) -> out.append("| ").append(kind).append(" | ").append(bucket).append(" | ").append(count).append(" |\n"));
    }
    out.append("\nMisses:\n\n| lang | question | expected | got |\n|---|---|---|---|\n");
    for (Result r : results) {
      if (!r.correct()) {
        String got =
            switch (r.outcome()) {
              case "answer" -> "answer " + r.entryId();
              case "suggest" -> "menu " + r.menu();
              default -> "hand-off " + r.reason();
            };
        out.append("| ").append(r.c().lang()).append(" | ").append(r.c().question()).append(" | ").append(r.c().expected()).append(" | ").append(got).append(" |\n");
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String group, List<Result> rs) {
    long correct = rs.stream().filter(Result::correct).count();
    out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% |%n", group, rs.size(), correct, 100.0 * correct / Math.max(1, rs.size())));
  }

  private static String ratio(List<Result> rs) {
    long correct = rs.stream().filter(Result::correct).count();
    return String.format(Locale.ROOT, "%d of %d correct (%.1f%%)", correct, rs.size(), 100.0 * correct / Math.max(1, rs.size()));
  }

  private Evaluation() {}
}
