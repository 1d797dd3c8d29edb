package dev.frontdesk.plugins.knowledge;

import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.HttpEndpoint.Caller;
import dev.frontdesk.spi.HttpEndpoint.Request;
import dev.frontdesk.spi.HttpEndpoint.Response;
import dev.frontdesk.spi.KeyValueStore;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The FAQ's admin API under {@code /api/v1/plugins/assistant-knowledge}: staff of the tenant read, tenant
 * admins write. Errors are problem+json; validation problems carry an {@code errors} array.
 */
final class Endpoints {

  static final int MAX_TRY_CHARS = 2000;

  private final Indexes indexes;

  Endpoints(Indexes indexes) {
    this.indexes = indexes;
  }

  Response handle(Request r) {
    Optional<Caller> caller = r.caller();
    if (caller.isEmpty()) {
      return Response.problem(401, "Unauthorized", "Sign in as staff of the tenant.");
    }
    if (r.binding().isEmpty()) {
      return Response.problem(404, "Not Found", "The knowledge assistant is not enabled for this tenant.");
    }
    Binding binding = r.binding().get();
    FaqStore store = new FaqStore(binding.store());
    String[] parts = r.path().replaceAll("/+$", "").split("/");
    String method = r.method();
    try {
      if (parts.length == 2 && parts[1].equals("entries")) {
        return switch (method) {
          case "GET" -> list(r, binding, store);
          case "POST" -> admin(caller.get(), () -> create(r, store));
          default -> notAllowed("GET, POST");
        };
      }
      if (parts.length == 3 && parts[1].equals("entries")) {
        String id = parts[2];
        return switch (method) {
          case "GET" -> store.get(id).map(e -> Response.json(200, JsonCodec.entryJson(e).toString())).orElseGet(() -> noEntry(id));
          case "PUT" -> admin(caller.get(), () -> replace(r, store, id));
          case "DELETE" -> admin(caller.get(), () -> store.delete(id) ? Response.noContent() : noEntry(id));
          default -> notAllowed("GET, PUT, DELETE");
        };
      }
      if (parts.length == 2 && parts[1].equals("import")) {
        return method.equals("POST") ? admin(caller.get(), () -> importCsv(r, store)) : notAllowed("POST");
      }
      if (parts.length == 2 && parts[1].equals("export")) {
        return method.equals("GET") ? export(store) : notAllowed("GET");
      }
      if (parts.length == 2 && parts[1].equals("try")) {
        return method.equals("POST") ? tryQuestion(r, binding, store) : notAllowed("POST");
      }
      return Response.problem(404, "Not Found", "No endpoint " + r.method() + " " + r.path() + " in the knowledge assistant.");
    } catch (JsonCodec.BadInput e) {
      return Response.problem(400, "Bad Request", e.getMessage());
    } catch (KeyValueStore.QuotaExceededException e) {
      return Response.problem(507, "Insufficient Storage", "The FAQ does not fit in the plugin's storage quota: " + e.getMessage());
    }
  }

  // --- entries ------------------------------------------------------------------------------------------------

  private Response list(Request r, Binding binding, FaqStore store) {
    String category = r.queryParam("category").filter(s -> !s.isBlank()).orElse(null);
    Optional<String> q = r.queryParam("q").filter(s -> !s.isBlank());
    JsonArrayBuilder out = JsonCodec.array();
    int total;
    if (q.isPresent()) {
      int limit = (int) Math.max(1, Math.min(100, parseInt(r.queryParam("limit").orElse("20"))));
      List<FaqIndex.Match> matches = indexes.current(binding.tenantId(), store).search(q.get(), limit, category);
      for (FaqIndex.Match m : matches) {
        out.add(JsonCodec.object(JsonCodec.entryJson(m.entry())).add("confidence", round(m.confidence())));
      }
      total = matches.size();
    } else {
      List<FaqEntry> all = new ArrayList<>(store.all());
      all.removeIf(e -> category != null && !e.category().equals(category));
      all.sort(Comparator.comparing(FaqEntry::category).thenComparing(FaqEntry::id));
      all.forEach(e -> out.add(JsonCodec.entryJson(e)));
      total = all.size();
    }
    return Response.json(200, JsonCodec.object().add("total", total).add("entries", out).build().toString());
  }

  private Response create(Request r, FaqStore store) {
    FaqEntry e = JsonCodec.entryFrom(JsonCodec.parseObject(r.bodyText()));
    List<String> problems = e.problems();
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    if (e.id() != null && store.get(e.id()).isPresent()) {
      return Response.problem(409, "Conflict", "An entry with id '" + e.id() + "' exists; PUT /entries/" + e.id() + " replaces it.");
    }
    if (store.count() >= FaqStore.MAX_ENTRIES) {
      return Response.problem(409, "Conflict", "The FAQ has reached its limit of " + FaqStore.MAX_ENTRIES + " entries.");
    }
    FaqEntry stored = e.id() == null ? e.withId(store.newId()) : e;
    store.put(stored);
    return Response.json(201, JsonCodec.entryJson(stored).toString());
  }

  private Response replace(Request r, FaqStore store, String id) {
    FaqEntry e = JsonCodec.entryFrom(JsonCodec.parseObject(r.bodyText()));
    if (e.id() != null && !e.id().equals(id)) {
      return Response.problem(400, "Bad Request", "The body's id '" + e.id() + "' differs from the path's '" + id + "'.");
    }
    e = e.withId(id);
    List<String> problems = e.problems();
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    boolean existed = store.get(id).isPresent();
    if (!existed && store.count() >= FaqStore.MAX_ENTRIES) {
      return Response.problem(409, "Conflict", "The FAQ has reached its limit of " + FaqStore.MAX_ENTRIES + " entries.");
    }
    store.put(e);
    return Response.json(existed ? 200 : 201, JsonCodec.entryJson(e).toString());
  }

  // --- CSV ----------------------------------------------------------------------------------------------------

  private Response importCsv(Request r, FaqStore store) {
    String mode = r.queryParam("mode").orElse("merge");
    if (!mode.equals("merge") && !mode.equals("replace")) {
      return Response.problem(400, "Bad Request", "mode must be 'merge' (add and update) or 'replace' (also delete entries not in the file).");
    }
    FaqCsv.Parsed parsed = FaqCsv.parse(new String(r.body(), StandardCharsets.UTF_8));
    if (!parsed.errors().isEmpty()) {
      JsonArrayBuilder errors = JsonCodec.array();
      parsed.errors().forEach(e -> errors.add(JsonCodec.object().add("line", e.line()).add("message", e.message())));
      FaqCsv.RowError first = parsed.errors().get(0);
      return problem(
          422, "Unprocessable Content",
          "Nothing was imported: " + parsed.errors().size() + " error(s), the first on line " + first.line() + ": " + first.message(),
          errors);
    }
    Map<String, FaqEntry> existing = new java.util.HashMap<>();
    store.all().forEach(e -> existing.put(e.id(), e));
    List<FaqEntry> upserts = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (FaqEntry e : parsed.entries()) {
      FaqEntry before = e.id() == null ? null : existing.get(e.id());
      FaqEntry row = e.id() == null ? e.withId(store.newId()) : e;
      inFile.add(row.id());
      if (before == null) {
        created++;
        upserts.add(row);
      } else if (before.sameContent(row)) {
        unchanged++;
      } else {
        updated++;
        upserts.add(row);
      }
    }
    List<String> deletions = mode.equals("replace") ? existing.keySet().stream().filter(id -> !inFile.contains(id)).toList() : List.of();
    long after = (long) existing.size() + created - deletions.size();
    if (after > FaqStore.MAX_ENTRIES) {
      return Response.problem(409, "Conflict", "Nothing was imported: the FAQ would have " + after + " entries, more than its limit of " + FaqStore.MAX_ENTRIES + ".");
    }
    store.replaceAll(upserts, deletions);
    return Response.json(
        200,
        JsonCodec.object()
            .add("created", created)
            .add("updated", updated)
            .add("unchanged", unchanged)
            .add("deleted", deletions.size())
            .add("total", after)
            .build()
            .toString());
  }

  private Response export(FaqStore store) {
    List<FaqEntry> all = new ArrayList<>(store.all());
    all.sort(Comparator.comparing(FaqEntry::category).thenComparing(FaqEntry::id));
    return new Response(
        200,
        Map.of(
            "Content-Type", "text/csv; charset=utf-8",
            "Content-Disposition", "attachment; filename=\"faq.csv\""),
        FaqCsv.write(all).getBytes(StandardCharsets.UTF_8));
  }

  // --- try ----------------------------------------------------------------------------------------------------

  private Response tryQuestion(Request r, Binding binding, FaqStore store) {
    JsonObject body = JsonCodec.parseObject(r.bodyText());
    String question = JsonCodec.optionalString(body, "question");
    if (question == null || question.isBlank()) {
      return invalid(List.of("'question' must be a non-empty string"));
    }
    if (question.length() > MAX_TRY_CHARS) {
      return invalid(List.of("'question' is longer than " + MAX_TRY_CHARS + " characters"));
    }
    Settings settings = Settings.of(binding.config());
    Decision d = Decision.decide(question, indexes.current(binding.tenantId(), store), settings);
    JsonObjectBuilder out = JsonCodec.object().add("outcome", d.kind().name().toLowerCase(java.util.Locale.ROOT));
    out.add("confidence", round(d.confidence()));
    if (d.reason() != null) {
      out.add("reason", d.reason());
    }
    if (d.kind() == Decision.Kind.ANSWER) {
      out.add("entry", JsonCodec.entryJson(d.best().entry())).add("matchedQuestion", d.best().matchedQuestion());
      out.add("reply", d.best().entry().answer());
    } else if (d.kind() == Decision.Kind.SUGGEST) {
      out.add("reply", settings.suggestHead());
    } else {
      out.add("reply", d.reason().equals(Decision.ASKED_FOR_HUMAN) ? settings.handoffMessage() : settings.lowConfidenceMessage());
    }
    JsonArrayBuilder candidates = JsonCodec.array();
    for (FaqIndex.Match m : d.candidates()) {
      candidates.add(
          JsonCodec.object()
              .add("id", m.entry().id())
              .add("category", m.entry().category())
              .add("question", m.entry().firstQuestion())
              .add("matchedQuestion", m.matchedQuestion())
              .add("confidence", round(m.confidence())));
    }
    out.add("candidates", candidates);
    out.add(
        "thresholds",
        JsonCodec.object()
            .add("answer", settings.answerThreshold())
            .add("suggest", settings.suggestThreshold())
            .add("minMargin", settings.minMargin()));
    return Response.json(200, out.build().toString());
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private interface Action {
    Response run();
  }

  private static Response admin(Caller caller, Action action) {
    if (!caller.admin()) {
      return Response.problem(403, "Forbidden", "Only tenant admins may change the FAQ.");
    }
    return action.run();
  }

  private static Response invalid(List<String> problems) {
    JsonArrayBuilder errors = JsonCodec.array();
    problems.forEach(p -> errors.add(JsonCodec.object().add("message", p)));
    return problem(422, "Unprocessable Content", String.join("; ", problems), errors);
  }

  private static Response problem(int status, String title, String detail, JsonArrayBuilder errors) {
    String json =
        JsonCodec.object()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .add("errors", errors)
            .build()
            .toString();
    return new Response(status, Map.of("Content-Type", "application/problem+json"), json.getBytes(StandardCharsets.UTF_8));
  }

  private static Response noEntry(String id) {
    return Response.problem(404, "Not Found", "No FAQ entry with id '" + id + "'.");
  }

  private static Response notAllowed(String allowed) {
    return new Response(
        405,
        Map.of("Content-Type", "application/problem+json", "Allow", allowed),
        ("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,\"detail\":\"Use " + allowed + ".\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static long parseInt(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new JsonCodec.BadInput("'" + s + "' is not a number");
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
