package dev.frontdesk.plugins.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.spi.HttpEndpoint.Caller;
import dev.frontdesk.spi.HttpEndpoint.Response;
import dev.frontdesk.spi.testing.TestHost;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndpointsTest {

  static final Caller ADMIN = Evaluation.ADMIN;
  static final Caller AGENT = new Caller("eval", "agent-1", Set.of("agent"));
  static final String ENTRY =
      "{\"id\":\"hours\",\"category\":\"contact\",\"questions\":[\"营业时间？\",\"What are your opening hours?\"],\"answer\":\"9:00-21:00\"}";

  TestHost host;

  @BeforeEach
  void start() throws Exception {
    host = TestHost.start();
    host.bind("eval", null, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    host.close();
  }

  private static String body(Response r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static JsonObject json(Response r) {
    return JsonCodec.parseObject(body(r));
  }

  private int total() throws Exception {
    return json(host.http("GET", "/entries", null, AGENT)).getInt("total");
  }

  @Test
  void crudRoundTrip() throws Exception {
    Response created = host.http("POST", "/entries", ENTRY, ADMIN);
    assertEquals(201, created.status(), body(created));
    assertEquals(ENTRY, body(host.http("GET", "/entries/hours", null, AGENT)));
    assertEquals(409, host.http("POST", "/entries", ENTRY, ADMIN).status());

    Response put = host.http("PUT", "/entries/hours", ENTRY.replace("9:00-21:00", "10:00-22:00"), ADMIN);
    assertEquals(200, put.status());
    assertEquals("10:00-22:00", json(host.http("GET", "/entries/hours", null, AGENT)).getString("answer"));
    assertEquals(201, host.http("PUT", "/entries/new-one", ENTRY.replace("\"id\":\"hours\",", ""), ADMIN).status());
    assertEquals(400, host.http("PUT", "/entries/other", ENTRY, ADMIN).status(), "ids in path and body differ");

    Response withoutId = host.http("POST", "/entries", ENTRY.replace("\"id\":\"hours\",", ""), ADMIN);
    assertEquals(201, withoutId.status());
    assertTrue(json(withoutId).getString("id").startsWith("e-"));
    assertEquals(3, total());

    assertEquals(204, host.http("DELETE", "/entries/hours", null, ADMIN).status());
    assertEquals(404, host.http("GET", "/entries/hours", null, AGENT).status());
    assertEquals(404, host.http("DELETE", "/entries/hours", null, ADMIN).status());
    assertEquals(404, host.http("GET", "/entries/bad%20id", null, AGENT).status());
  }

  @Test
  void writesNeedATenantAdmin() throws Exception {
    Evaluation.loadFaq(host, Map.of());
    for (String[] call : new String[][] {
        {"POST", "/entries", ENTRY}, {"PUT", "/entries/hours", ENTRY}, {"DELETE", "/entries/ship-time", null},
        {"POST", "/import", "category,questions,answer\nx,y,z\n"}}) {
      Response r = host.http(call[0], call[1], call[2], AGENT);
      assertEquals(403, r.status(), call[0] + " " + call[1]);
      assertEquals("application/problem+json", r.headers().get("Content-Type"));
    }
    assertEquals(50, total(), "nothing changed");
    assertEquals(200, host.http("GET", "/export", null, AGENT).status());
    assertEquals(200, host.http("POST", "/try", "{\"question\":\"hi\"}", AGENT).status());
    assertEquals(401, host.http("GET", "/entries", null, null).status());
  }

  @Test
  void invalidEntriesAreRefusedWithDetails() throws Exception {
    Response r = host.http("POST", "/entries", "{\"questions\":[\" \"],\"answer\":\"\"}", ADMIN);
    assertEquals(422, r.status());
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
    String detail = json(r).getString("detail");
    assertTrue(detail.contains("at least one non-empty question") && detail.contains("answer must not be empty"), detail);
    assertEquals(2, json(r).getJsonArray("errors").size());

    assertEquals(400, host.http("POST", "/entries", "{not json", ADMIN).status());
    assertEquals(400, host.http("POST", "/entries", "[1]", ADMIN).status());
    assertEquals(400, host.http("POST", "/entries", "{\"questions\":\"one\",\"answer\":\"a\"}", ADMIN).status());
    assertEquals(422, host.http("POST", "/entries", "{\"id\":\"no spaces\",\"questions\":[\"q\"],\"answer\":\"a\"}", ADMIN).status());
    assertEquals(422, host.http("POST", "/entries", "{\"questions\":[\"a|b\"],\"answer\":\"a\"}", ADMIN).status());
    String longAnswer = "x".repeat(FaqEntry.MAX_ANSWER + 1);
    assertEquals(422, host.http("POST", "/entries", "{\"questions\":[\"q\"],\"answer\":\"" + longAnswer + "\"}", ADMIN).status());
    assertEquals(0, total());
    assertEquals(404, host.http("GET", "/nothing", null, AGENT).status());
    assertEquals(405, host.http("PATCH", "/entries", null, ADMIN).status());
  }

  @Test
  void listsSearchesAndFiltersByCategory() throws Exception {
    Evaluation.loadFaq(host, Map.of());
    JsonObject payment = json(host.http("GET", "/entries?category=payment", null, AGENT));
    assertEquals(6, payment.getInt("total"));
    JsonObject search = json(host.http("GET", "/entries?q=" + java.net.URLEncoder.encode("发票开错了", StandardCharsets.UTF_8), null, AGENT));
    JsonObject first = search.getJsonArray("entries").getJsonObject(0);
    assertEquals("invoice-fix", first.getString("id"));
    assertTrue(first.getJsonNumber("confidence").doubleValue() > 0.3);
    JsonObject inCategory = json(host.http("GET", "/entries?q=refund&category=payment&limit=2", null, AGENT));
    assertTrue(inCategory.getInt("total") <= 2);
    inCategory.getJsonArray("entries").forEach(e -> assertEquals("payment", e.asJsonObject().getString("category")));
  }

  @Test
  void importsCsvWithBomQuotesAndCrlf() throws Exception {
    String csv = "\uFEFFCategory,Questions,Answer\r\n"
        + "shipping,\"多久发货？|How long, roughly, until you ship?\",\"24 小时内\r\nWithin 24 \"\"working\"\" hours\"\r\n"
        + "\r\n"
        + "returns,Can I return it?,Yes.\n";
    Response r = host.http("POST", "/import", csv, ADMIN);
    assertEquals(200, r.status(), body(r));
    assertEquals(2, json(r).getInt("created"));
    JsonObject shipping = json(host.http("GET", "/entries?category=shipping", null, AGENT)).getJsonArray("entries").getJsonObject(0);
    assertEquals("How long, roughly, until you ship?", shipping.getJsonArray("questions").getString(1));
    assertEquals("24 小时内\r\nWithin 24 \"working\" hours", shipping.getString("answer"));
  }

  @Test
  void importReportsEveryBadRowAndImportsNothing() throws Exception {
    String csv = "category,questions,answer\n"
        + "ok,Fine question,Fine answer\n"
        + "bad,,An answer without questions\n"
        + "bad,A question,\n"
        + "short,row\n"
        + "multi,\"a quoted\nquestion\",answer\n"
        + "late,q,\"" + "x".repeat(FaqEntry.MAX_ANSWER + 1) + "\"\n";
    Response r = host.http("POST", "/import", csv, ADMIN);
    assertEquals(422, r.status());
    JsonObject problem = json(r);
    assertTrue(problem.getString("detail").startsWith("Nothing was imported: 4 error(s), the first on line 3"), problem.getString("detail"));
    var errors = problem.getJsonArray("errors");
    assertEquals(3, errors.getJsonObject(0).getInt("line"));
    assertEquals(4, errors.getJsonObject(1).getInt("line"));
    assertEquals(5, errors.getJsonObject(2).getInt("line"));
    assertTrue(errors.getJsonObject(2).getString("message").contains("expected 3 fields, found 2"));
    assertEquals(8, errors.getJsonObject(3).getInt("line"), "line numbers count the line break inside a quoted field");
    assertEquals(0, total());
  }

  @Test
  void importRefusesBadHeadersAndBrokenQuoting() throws Exception {
    Response header = host.http("POST", "/import", "category,question,answer\nx,y,z\n", ADMIN);
    assertEquals(422, header.status());
    assertTrue(json(header).getString("detail").contains("unknown column 'question'"));
    Response quote = host.http("POST", "/import", "category,questions,answer\nx,\"open,z\n", ADMIN);
    assertEquals(422, quote.status());
    assertTrue(json(quote).getString("detail").contains("never closed"));
    assertEquals(1, json(quote).getJsonArray("errors").getJsonObject(0).getInt("line"), 2);
    Response dup = host.http("POST", "/import", "id,category,questions,answer\na,x,q,z\na,x,q,z\n", ADMIN);
    assertTrue(json(dup).getString("detail").contains("appears more than once"));
    assertEquals(422, host.http("POST", "/import", "", ADMIN).status());
    assertEquals(400, host.http("POST", "/import?mode=wipe", "category,questions,answer\n", ADMIN).status());
  }

  @Test
  void exportRoundTripsAndReplaceDeletes() throws Exception {
    Evaluation.loadFaq(host, Map.of());
    Response export = host.http("GET", "/export", null, AGENT);
    assertEquals("text/csv; charset=utf-8", export.headers().get("Content-Type"));
    String csv = body(export);
    assertTrue(csv.startsWith("\uFEFFid,category,questions,answer\r\n"));
    JsonObject again = json(host.http("POST", "/import", csv, ADMIN));
    assertEquals(0, again.getInt("created"));
    assertEquals(50, again.getInt("unchanged"));

    String two = "id,category,questions,answer\nhours,contact,When are you open?,9-21\nnew-entry,misc,Brand new?,Yes\n";
    JsonObject replaced = json(host.http("POST", "/import?mode=replace", two, ADMIN));
    assertEquals(1, replaced.getInt("updated"));
    assertEquals(1, replaced.getInt("created"));
    assertEquals(49, replaced.getInt("deleted"));
    assertEquals(2, total());
  }

  @Test
  void tryShowsWhatTheAssistantWouldDo() throws Exception {
    Evaluation.loadFaq(host, Map.of());
    JsonObject answer = json(host.http("POST", "/try", "{\"question\":\"订单怎么取消啊\"}", AGENT));
    assertEquals("answer", answer.getString("outcome"));
    assertEquals("order-cancel", answer.getJsonObject("entry").getString("id"));
    assertTrue(answer.getJsonNumber("confidence").doubleValue() >= Settings.ANSWER_THRESHOLD);

    JsonObject human = json(host.http("POST", "/try", "{\"question\":\"转人工\"}", AGENT));
    assertEquals("handoff", human.getString("outcome"));
    assertEquals("asked_for_human", human.getString("reason"));

    JsonObject low = json(host.http("POST", "/try", "{\"question\":\"明天北京天气怎么样\"}", AGENT));
    assertEquals("low_confidence", low.getString("reason"));

    host.bind("eval", null, Map.of("answerThreshold", 0.99, "suggestThreshold", 0.1));
    JsonObject suggest = json(host.http("POST", "/try", "{\"question\":\"订单怎么取消啊\"}", AGENT));
    assertEquals("suggest", suggest.getString("outcome"));
    assertEquals("order-cancel", suggest.getJsonArray("candidates").getJsonObject(0).getString("id"));
    assertFalse(host.counter("suggested") > 0, "trying is not a conversation");

    assertEquals(422, host.http("POST", "/try", "{\"question\":\"  \"}", AGENT).status());
    assertEquals(400, host.http("POST", "/try", "{\"question\":1}", AGENT).status());
  }
}
