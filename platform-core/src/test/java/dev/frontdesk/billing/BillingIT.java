package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Billing through the real API: the public plan list, a company starting on Free (and held to its limits with
 * quota-exceeded problems) or on a paid plan's trial, versioned plan changes that leave existing subscribers on
 * their terms, and metered usage. (The integration server signs companies up on Business unless they choose.)
 */
@ExtendWith(ArquillianExtension.class)
class BillingIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  Api api() {
    return Api.at(base);
  }

  Api platformAdmin() {
    return Companies.platformAdmin(api());
  }


  static JsonObject terms(String name, long monthly, int includedSeats, Integer maxAccounts) {
    var b = Json.createObjectBuilder().add("name", name).add("currency", "EUR").add("monthlyPrice", monthly)
        .add("yearlyPrice", monthly * 10).add("includedSeats", includedSeats).add("trialDays", 0);
    if (maxAccounts != null) {
      b.add("maxAccounts", maxAccounts);
    }
    return b.build();
  }

  @Test
  void plansAreListedToAnyoneCheapestFirst() {
    Api.Reply plans = api().get("/api/v1/billing/plans");
    assertEquals(200, plans.status(), plans::toString);
    List<Long> prices = plans.array().stream().map(p -> p.asJsonObject().getJsonNumber("monthlyPrice").longValue()).toList();
    assertEquals(prices.stream().sorted().toList(), prices);
    JsonObject free = plans.array().stream().map(JsonValue::asJsonObject).filter(p -> p.getString("code").equals("free"))
        .findFirst().orElseThrow();
    assertEquals("{\"accounts\":1,\"conversationsPerPeriod\":100,\"plugins\":1,\"retentionDays\":30,\"seats\":2}",
        free.getJsonObject("limits").toString());
  }

  @Test
  void aCompanyOnFreeIsHeldToItsLimitsWithProblemsNamingTheLimitAndTheUpgrade() {
    Company company = Companies.signUp(api(), "free", "free");
    Api admin = api().as(Companies.signIn(api(), company));
    JsonObject sub = admin.get("/api/v1/billing/subscription").json();
    assertEquals("free", sub.getJsonObject("plan").getString("code"));
    assertEquals("active", sub.getString("status"));
    assertEquals(2, sub.getInt("seats"));

    assertEquals(201, admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", "Support").build()).status());
    Api.Reply second = admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", "Sales").build());
    assertEquals(402, second.status(), second::toString);
    assertEquals("https://frontdesk.dev/problems/quota-exceeded", second.string("type"));
    assertEquals("{\"limit\":\"accounts\",\"used\":1,\"allowed\":1,\"plan\":\"free\",\"upgradeTo\":\"team\"}",
        second.json().getJsonObject("quota").toString());
    assertEquals(1, admin.get("/api/v1/accounts").array().size(), "nothing half-written");

    Desks.member(admin, company, "agent1", "agent"); // the admin and one agent: both seats
    Api.Reply third = admin.post("/api/v1/members", Json.createObjectBuilder().add("name", "Three")
        .add("email", "three@" + company.slug() + ".test").add("password", Desks.PASSWORD)
        .add("roles", Json.createArrayBuilder().add("agent")).build());
    assertEquals(402, third.status(), third::toString);
    assertEquals("seats", third.json().getJsonObject("quota").getString("limit"));

    assertEquals(200, admin.send("PUT", "/api/v1/plugins/assistant-knowledge/enabled",
        Json.createObjectBuilder().add("enabled", true).build()).status());
    Api.Reply plugin = admin.send("PUT", "/api/v1/plugins/channel-email/enabled", Json.createObjectBuilder().add("enabled", true).build());
    assertEquals(402, plugin.status(), plugin::toString);
    assertEquals("plugins", plugin.json().getJsonObject("quota").getString("limit"));
    JsonObject usage = admin.get("/api/v1/billing/usage").json().getJsonObject("meters");
    assertEquals("{\"limit\":1,\"percent\":100,\"used\":1}", usage.getJsonObject("accounts").toString());
    assertEquals("{\"limit\":2,\"percent\":100,\"used\":2}", usage.getJsonObject("seats").toString());
  }

  @Test
  void conversationsAndMessagesAreMeteredInTheCurrentPeriod() {
    Desks.Desk desk = Desks.open(api(), "metered", 1, 5, "round_robin");
    Desks.Visitor v = Desks.visit(desk);
    assertEquals(201, v.say("m-1", "hello").status());
    assertEquals(201, v.say("m-2", "anyone?").status());
    assertEquals(201, Desks.reply(desk.agents().get(0), v.sessionId(), "r-1", "Hi!").status());
    JsonObject usage = desk.admin().get("/api/v1/billing/usage").json();
    JsonObject meters = usage.getJsonObject("meters");
    assertEquals(1, meters.getJsonObject("conversations").getInt("used"), usage::toString);
    assertEquals(3, meters.getJsonObject("messages").getInt("used"), usage::toString);
    assertEquals(20_000, meters.getJsonObject("conversations").getInt("limit"));
    Instant start = Instant.parse(usage.getString("periodStart"));
    assertTrue(Instant.parse(usage.getString("periodEnd")).isAfter(start.plus(Duration.ofDays(27))));
    assertTrue(Desks.eventually(10, () -> desk.admin().get("/api/v1/billing/usage").json().getJsonObject("meters")
        .getJsonObject("seats").getInt("used") == 2));
  }

  @Test
  void aMessageDeliveredManyTimesAtOnceIsMeteredOnce() throws Exception {
    Desks.Desk desk = Desks.open(api(), "duplicates", 1, 5, "round_robin");
    Desks.Visitor v = Desks.visit(desk);
    int before = desk.admin().get("/api/v1/billing/usage").json().getJsonObject("meters").getJsonObject("messages").getInt("used");
    // A flaky network retries: the same two messages arrive eight times each, all at once.
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> sends = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String id = i % 2 == 0 ? "dup-a" : "dup-b";
        sends.add(pool.submit(() -> {
          start.await();
          return v.say(id, "is anyone there? " + id).status();
        }));
      }
      start.countDown();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var f : sends) {
        statuses.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertEquals(2, statuses.stream().filter(st -> st == 201).count(), statuses::toString);
      assertEquals(14, statuses.stream().filter(st -> st == 200).count(), statuses::toString);
    } finally {
      pool.shutdownNow();
    }
    JsonObject meters = desk.admin().get("/api/v1/billing/usage").json().getJsonObject("meters");
    assertEquals(before + 2, meters.getJsonObject("messages").getInt("used"), meters::toString);
    assertEquals(1, meters.getJsonObject("conversations").getInt("used"), meters::toString);
  }

  @Test
  void usageOverTimeIsChartedPerDayAndPerMonth() {
    Desks.Desk desk = Desks.open(api(), "charted", 1, 5, "round_robin");
    Desks.Visitor v = Desks.visit(desk);
    assertEquals(201, v.say("m-1", "hello").status());
    assertEquals(201, Desks.reply(desk.agents().get(0), v.sessionId(), "r-1", "Hi!").status());

    JsonObject days = desk.admin().get("/api/v1/billing/usage/history?unit=day&count=7").json();
    assertEquals("day", days.getString("unit"));
    var points = days.getJsonArray("points");
    assertEquals(7, points.size());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    JsonObject last = points.getJsonObject(6);
    assertEquals(today.toString(), last.getString("start"), days::toString);
    assertEquals(1, last.getInt("conversations"), days::toString);
    assertEquals(2, last.getInt("messages"), days::toString);
    assertEquals(0, points.getJsonObject(0).getInt("messages"), "the company was not there a week ago");
    assertEquals(today.minusDays(6).toString(), days.getString("from"));

    JsonObject months = desk.admin().get("/api/v1/billing/usage/history?unit=month").json();
    assertEquals(12, months.getJsonArray("points").size());
    JsonObject thisMonth = months.getJsonArray("points").getJsonObject(11);
    assertEquals(today.withDayOfMonth(1).toString(), thisMonth.getString("start"));
    assertEquals(2, thisMonth.getInt("messages"), months::toString);

    Api.Reply tooMany = desk.admin().get("/api/v1/billing/usage/history?unit=month&count=30");
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.text().contains("at most 24 months"), tooMany::text);
    assertEquals(400, desk.admin().get("/api/v1/billing/usage/history?unit=week").status());
    assertEquals(403, desk.agents().get(0).get("/api/v1/billing/usage/history").status());
  }

  @Test
  void aPaidPlanStartsWithItsTrialAndAnUnknownPlanRefusesTheSignup() {
    Company team = Companies.signUp(api(), "trial", "team");
    JsonObject sub = api().as(Companies.signIn(api(), team)).get("/api/v1/billing/subscription").json();
    assertEquals("trialing", sub.getString("status"));
    assertEquals(Instant.parse(sub.getString("periodStart")).plus(Duration.ofDays(14)), Instant.parse(sub.getString("trialEnd")));
    String slug = "nope-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply refused = api().post("/api/v1/signup", Json.createObjectBuilder().add("companyName", "Nope").add("slug", slug)
        .add("adminName", "N").add("adminEmail", "n@" + slug + ".test").add("adminPassword", "password-123456").add("plan", "platinum").build());
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.string("detail").contains("no plan 'platinum' is on sale"), refused::toString);
    assertEquals(401, api().post("/api/v1/auth/login", Json.createObjectBuilder().add("tenant", slug)
        .add("email", "n@" + slug + ".test").add("password", "password-123456").build()).status(), "no company was created");
  }

  @Test
  void aRevisedPlanIsSoldFromNowWhileSubscribersKeepTheirVersion() {
    Api platform = platformAdmin();
    String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created = platform.post("/api/v1/platform/plans?code=" + code, terms("IT plan", 1_000, 3, 2));
    assertEquals(201, created.status(), created::toString);
    assertEquals(1, created.json().getInt("version"));
    Company early = Companies.signUp(api(), "early", code);

    Api.Reply revised = platform.send("PUT", "/api/v1/platform/plans/" + code, terms("IT plan", 1_500, 3, 5));
    assertEquals(200, revised.status(), revised::toString);
    assertEquals(2, revised.json().getInt("version"));
    Company late = Companies.signUp(api(), "late", code);

    JsonObject earlyPlan = api().as(Companies.signIn(api(), early)).get("/api/v1/billing/subscription").json().getJsonObject("plan");
    JsonObject latePlan = api().as(Companies.signIn(api(), late)).get("/api/v1/billing/subscription").json().getJsonObject("plan");
    assertEquals(List.of(1, 1_000L, false), List.of(earlyPlan.getInt("version"), earlyPlan.getJsonNumber("monthlyPrice").longValue(), earlyPlan.getBoolean("latest")));
    assertEquals(List.of(2, 1_500L, true), List.of(latePlan.getInt("version"), latePlan.getJsonNumber("monthlyPrice").longValue(), latePlan.getBoolean("latest")));

    Api.Reply bad = platform.send("PUT", "/api/v1/platform/plans/" + code, Json.createObjectBuilder(terms("IT plan", 1_500, 3, 5))
        .add("currency", "XYZ").add("maxSeats", 2).build());
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.text().contains("the currency must be one the platform knows") && bad.text().contains("maxSeats must be at least includedSeats"), bad::toString);
    assertEquals(409, platform.post("/api/v1/platform/plans?code=" + code, terms("again", 1, 1, null)).status());
    assertEquals(403, api().as(Companies.signIn(api(), late)).post("/api/v1/platform/plans?code=x-" + code, terms("x", 1, 1, null)).status());
  }

  @Test
  void upgradesArePreviewedAndProratedNowWhileDowngradesWaitForThePeriodEnd() {
    Api platform = platformAdmin();
    String small = "it-small-" + UUID.randomUUID().toString().substring(0, 6);
    String big = "it-big-" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(201, platform.post("/api/v1/platform/plans?code=" + small, terms("Small", 3_000, 2, 2)).status());
    assertEquals(201, platform.post("/api/v1/platform/plans?code=" + big, Json.createObjectBuilder(terms("Big", 9_000, 2, 10))
        .add("extraSeatMonthly", 1_000).add("extraSeatYearly", 10_000).add("maxSeats", 10).build()).status());
    Company company = Companies.signUp(api(), "changes", small);
    Api admin = api().as(Companies.signIn(api(), company));
    assertEquals("active", admin.get("/api/v1/billing/subscription").json().getString("status"));

    JsonObject upgrade = Json.createObjectBuilder().add("planId", big).add("seats", 4).add("cycle", "monthly").build();
    JsonObject preview = admin.post("/api/v1/billing/subscription/preview", upgrade).json();
    assertEquals("now", preview.getString("effective"), preview::toString);
    JsonArray lines = preview.getJsonArray("lines");
    long credit = lines.getJsonObject(0).getJsonNumber("amount").longValue();
    long charge = lines.getJsonObject(1).getJsonNumber("amount").longValue();
    assertEquals("proration_credit", lines.getJsonObject(0).getString("kind"));
    // Almost the whole period is left: nearly all of 30.00 credited, of 90.00 + 2 extra seats × 10.00 charged.
    assertTrue(credit <= -2_990 && credit >= -3_000, preview::toString);
    assertTrue(charge >= 10_960 && charge <= 11_000, preview::toString);
    assertEquals(credit + charge, preview.getJsonNumber("dueNow").longValue());
    assertEquals(small, admin.get("/api/v1/billing/subscription").json().getJsonObject("plan").getString("code"), "a preview changes nothing");

    JsonObject applied = admin.post("/api/v1/billing/subscription", upgrade).json();
    assertEquals("now", applied.getString("effective"));
    JsonObject sub = admin.get("/api/v1/billing/subscription").json();
    assertEquals(List.of(big, 4), List.of(sub.getJsonObject("plan").getString("code"), sub.getInt("seats")));

    JsonObject down = Json.createObjectBuilder().add("planId", small).add("cycle", "monthly").build();
    JsonObject later = admin.post("/api/v1/billing/subscription", down).json();
    assertEquals("period_end", later.getString("effective"), later::toString);
    assertEquals(sub.getString("periodEnd"), later.getString("effectiveAt"));
    JsonObject pending = admin.get("/api/v1/billing/subscription").json();
    assertEquals(big, pending.getJsonObject("plan").getString("code"), "the paid period runs out first");
    assertEquals(small, pending.getJsonObject("atPeriodEnd").getJsonObject("plan").getString("code"));

    Api.Reply tooMany = admin.post("/api/v1/billing/subscription/preview",
        Json.createObjectBuilder().add("planId", big).add("seats", 11).add("cycle", "monthly").build());
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.string("detail").contains("allows at most 10 seats"), tooMany::toString);
    assertEquals(400, admin.post("/api/v1/billing/subscription/preview",
        Json.createObjectBuilder().add("planId", big).add("cycle", "weekly").build()).status());
    JsonObject cancelled = admin.post("/api/v1/billing/subscription/cancel", JsonValue.EMPTY_JSON_OBJECT).json();
    assertTrue(cancelled.getJsonObject("atPeriodEnd").getBoolean("cancels"), cancelled::toString);
  }

  @Test
  void aClosedPeriodIssuesAnInvoiceWithProrationAndTaxThatIsDownloadedAsPdfAndMarkedPaid() throws Exception {
    Api platform = platformAdmin();
    String small = "it-inv-small-" + UUID.randomUUID().toString().substring(0, 6);
    String big = "it-inv-big-" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(201, platform.post("/api/v1/platform/plans?code=" + small, terms("Inv Small", 3_000, 2, 2)).status());
    assertEquals(201, platform.post("/api/v1/platform/plans?code=" + big, Json.createObjectBuilder(terms("Inv Big 专业版", 9_000, 2, 10))
        .add("extraSeatMonthly", 1_000).add("extraSeatYearly", 10_000).add("maxSeats", 10).build()).status());
    Company company = Companies.signUp(api(), "invoiced", small);
    Api admin = api().as(Companies.signIn(api(), company));
    assertEquals(200, platform.send("PUT", "/api/v1/platform/billing/tenants/" + company.id() + "/tax-rate",
        Json.createObjectBuilder().add("basisPoints", 1300).build()).status());
    assertEquals(200, admin.post("/api/v1/billing/subscription",
        Json.createObjectBuilder().add("planId", big).add("seats", 4).add("cycle", "monthly").build()).status());
    JsonObject before = admin.get("/api/v1/billing/subscription").json();

    JsonArray closed = platform.post("/api/v1/platform/billing/close-period", Json.createObjectBuilder()
        .add("at", before.getString("periodEnd")).add("tenantId", company.id()).build()).array();
    assertEquals(1, closed.size(), closed::toString);
    JsonObject invoice = closed.getJsonObject(0).getJsonObject("invoice");
    assertTrue(invoice.getString("number").matches("FD-\\d{4}-\\d{6}"), invoice::toString);
    assertEquals("open", invoice.getString("status"));
    List<String> kinds = invoice.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("kind")).toList();
    assertEquals(List.of("base_fee", "extra_seats", "proration_credit", "proration_charge"), kinds, invoice::toString);
    long sum = invoice.getJsonArray("lines").stream().mapToLong(l -> l.asJsonObject().getJsonNumber("amount").longValue()).sum();
    long subtotal = invoice.getJsonNumber("subtotal").longValue();
    assertEquals(sum, subtotal);
    assertEquals(11_000, invoice.getJsonArray("lines").getJsonObject(0).getJsonNumber("amount").longValue()
        + invoice.getJsonArray("lines").getJsonObject(1).getJsonNumber("amount").longValue(), "90.00 + 2 extra seats × 10.00");
    long tax = invoice.getJsonNumber("tax").longValue();
    assertEquals(java.math.BigDecimal.valueOf(subtotal * 13L).divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_EVEN).longValue(), tax);
    assertEquals(subtotal + tax, invoice.getJsonNumber("total").longValue());

    JsonObject after = admin.get("/api/v1/billing/subscription").json();
    assertEquals(before.getString("periodEnd"), after.getString("periodStart"), "the subscription renewed");
    assertEquals(invoice.getString("number"), admin.get("/api/v1/billing/invoices").array().getJsonObject(0).getString("number"));

    String id = invoice.getString("id");
    for (String path : List.of("/api/v1/billing/invoices/" + id, "/api/v1/billing/invoices/" + id + ".pdf")) {
      Desks.Raw pdf = Desks.raw("GET", admin.base() + path, null, "Authorization", admin.bearer(), "Accept", "application/pdf");
      assertEquals(200, pdf.status());
      assertEquals("application/pdf", pdf.header("Content-Type"));
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        // The plan's Chinese name prints in the CJK font the server found on the machine (test-prerequisites.sh).
        assertTrue(text.contains(invoice.getString("number")) && text.contains("Inv Big 专业版"), text);
      }
    }
    Desks.Raw html = Desks.raw("GET", admin.base() + "/api/v1/billing/invoices/" + id, null, "Authorization", admin.bearer(), "Accept", "text/html");
    assertTrue(new String(html.body(), java.nio.charset.StandardCharsets.UTF_8).contains(invoice.getString("number")));

    JsonObject paid = platform.post("/api/v1/platform/invoices/" + id + "/mark-paid",
        Json.createObjectBuilder().add("reference", "BANK-2026-0042").build()).json();
    assertEquals(List.of("paid", "BANK-2026-0042"), List.of(paid.getString("status"), paid.getString("paymentReference")));
    assertEquals(409, platform.post("/api/v1/platform/invoices/" + id + "/mark-paid",
        Json.createObjectBuilder().add("reference", "again").build()).status());
    assertEquals(404, api().as(Companies.signIn(api(), Companies.signUp(api(), "other"))).get("/api/v1/billing/invoices/" + id).status());

    // A paid plan without a trial is invoiced for its first period at once; numbers follow on without gaps.
    Company next = Companies.signUp(api(), "invoicednext", big);
    Api nextAdmin = api().as(Companies.signIn(api(), next));
    JsonObject nextSub = nextAdmin.get("/api/v1/billing/subscription").json();
    assertEquals(1, platform.post("/api/v1/platform/billing/close-period", Json.createObjectBuilder()
        .add("at", nextSub.getString("periodEnd")).add("tenantId", next.id()).build()).array().size());
    long firstNo = Long.parseLong(invoice.getString("number").substring(8));
    assertEquals(List.of(firstNo + 2, firstNo + 1), nextAdmin.get("/api/v1/billing/invoices").array().stream()
        .map(i -> Long.parseLong(i.asJsonObject().getString("number").substring(8))).toList());
  }

  @Test
  void anInvoiceOverduePastTheGracePeriodSuspendsPaidFeaturesUntilItIsPaid() {
    Api platform = platformAdmin();
    String code = "it-due-" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(201, platform.post("/api/v1/platform/plans?code=" + code, terms("Due", 5_000, 3, 5)).status());
    Company company = Companies.signUp(api(), "overdue", code);
    Api admin = api().as(Companies.signIn(api(), company));
    JsonObject opening = admin.get("/api/v1/billing/invoices").array().getJsonObject(0);
    assertEquals("open", opening.getString("status"), "a paid plan without a trial is invoiced at once");
    assertEquals(201, admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", "One").build()).status());

    // Forty days on, the first invoice is 26 days overdue, past the 7-day grace: paid features stop.
    Instant later = Instant.parse(opening.getString("issuedAt")).plus(Duration.ofDays(40));
    platform.post("/api/v1/platform/billing/close-period", Json.createObjectBuilder()
        .add("at", later.toString()).add("tenantId", company.id()).build());
    assertEquals("past-due", admin.get("/api/v1/billing/subscription").json().getString("status"));
    Api.Reply refused = admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", "Two").build());
    assertEquals(402, refused.status(), refused::toString);
    assertTrue(refused.string("detail").startsWith("Your subscription is past due (" + opening.getString("number") + " is unpaid)"), refused::toString);
    assertEquals(2, admin.get("/api/v1/accounts").array().size() + 1, "data stays: the first account is still there");

    assertEquals(200, platform.post("/api/v1/platform/invoices/" + opening.getString("id") + "/mark-paid",
        Json.createObjectBuilder().add("reference", "WIRE-1").build()).status());
    assertEquals("active", admin.get("/api/v1/billing/subscription").json().getString("status"));
    assertEquals(201, admin.post("/api/v1/accounts", Json.createObjectBuilder().add("name", "Two").build()).status());
  }
}
