package dev.frontdesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.plugins.TestPlugins;
import dev.frontdesk.plugins.testplugins.FakeCardProvider;
import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Companies;
import dev.frontdesk.testing.Companies.Company;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.FrontdeskWar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paying invoices through payment provider plugins on a running server: a card provider (the signed test plugin
 * {@link FakeCardProvider}) configured by the platform admin, a company paying an overdue invoice with it and
 * the provider's signed notice settling it once; forged and wrong-amount notices changing nothing; refunds;
 * voiding; the bundled bank-transfer provider's instructions; and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

  static final String SECRET = "it-signing-secret-0123456789";

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

  /** The fake card provider installed, its signing secret saved and offered to companies (once per server). */
  @BeforeEach
  void cardProviderOffered() throws Exception {
    Api platform = platformAdmin();
    TestPlugins.trustItSigner();
    if (platform.get("/api/v1/platform/payment-providers/fakecard").status() == 404) {
      Desks.Raw installed = Desks.raw("POST", platform.base() + "/api/v1/platform/plugins", TestPlugins.fakeCard("1.0.0"),
          "Authorization", platform.bearer(), "Content-Type", "application/java-archive");
      assertTrue(installed.status() == 201 || installed.status() == 409, () -> installed.asReply().toString());
    }
    assertEquals(200, platform.send("PUT", "/api/v1/platform/payment-providers/fakecard/config",
        Json.createObjectBuilder().add("signingSecret", SECRET).build()).status());
    assertEquals(200, platform.send("PUT", "/api/v1/platform/payment-providers/fakecard/enabled",
        Json.createObjectBuilder().add("enabled", true).build()).status());
  }

  /** A company on a plan without a trial, so its first invoice (5,000 EUR cents) is open at once. */
  record Billed(Company company, Api admin, JsonObject invoice) {}

  Billed billed(String label) {
    Api platform = platformAdmin();
    String code = "it-pay-" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(201, platform.post("/api/v1/platform/plans?code=" + code, BillingIT.terms("Pay", 5_000, 3, 5)).status());
    Company company = Companies.signUp(api(), label, code);
    Api admin = api().as(Companies.signIn(api(), company));
    JsonObject invoice = admin.get("/api/v1/billing/invoices").array().getJsonObject(0);
    assertEquals("open", invoice.getString("status"));
    return new Billed(company, admin, invoice);
  }

  /** Forty days on, the open invoice is past the grace period: the company is past due. */
  void pastDue(Billed b) {
    Instant later = Instant.parse(b.invoice().getString("issuedAt")).plus(Duration.ofDays(40));
    platformAdmin().post("/api/v1/platform/billing/close-period", Json.createObjectBuilder()
        .add("at", later.toString()).add("tenantId", b.company().id()).build());
    assertEquals("past-due", status(b));
  }

  static String status(Billed b) {
    return b.admin().get("/api/v1/billing/subscription").json().getString("status");
  }

  JsonObject invoice(Billed b) {
    return b.admin().get("/api/v1/billing/invoices/" + b.invoice().getString("id")).json();
  }

  JsonObject payByCard(Billed b) {
    Api.Reply started = b.admin().post("/api/v1/billing/invoices/" + b.invoice().getString("id") + "/pay",
        Json.createObjectBuilder().add("provider", "fakecard").build());
    assertEquals(200, started.status(), started::toString);
    return started.json();
  }

  static byte[] notice(String reference, String invoiceId, String status, long amount, String currency) {
    return Json.createObjectBuilder().add("reference", reference).add("invoiceId", invoiceId).add("status", status)
        .add("amountMinor", amount).add("currency", currency).build().toString().getBytes(StandardCharsets.UTF_8);
  }

  Desks.Raw notify(byte[] body, String signature) {
    return Desks.raw("POST", base.toString().replaceAll("/$", "") + "/api/v1/billing/payments/fakecard/notify", body,
        "Content-Type", "application/json", FakeCardProvider.SIGNATURE_HEADER, signature);
  }

  @Test
  void aSignedNoticePaysTheInvoiceOnceAndReinstatesThePastDueCompanyWhileAForgedOneChangesNothing() throws Exception {
    Billed b = billed("cardpay");
    pastDue(b);
    List<String> methods = b.admin().get("/api/v1/billing/payment-methods").array().stream()
        .map(m -> m.asJsonObject().getString("id")).toList();
    assertTrue(methods.contains("fakecard"), methods::toString);

    JsonObject checkout = payByCard(b);
    String reference = checkout.getString("reference");
    assertTrue(checkout.getString("redirectUrl").startsWith("https://pay.fakecard.test/checkout/" + reference), checkout::toString);
    assertEquals("pending", invoice(b).getJsonArray("payments").getJsonObject(0).getString("status"));

    String invoiceId = b.invoice().getString("id");
    byte[] paid = notice(reference, invoiceId, "PAID", 5_000, "EUR");
    Desks.Raw forged = notify(paid, FakeCardProvider.sign(paid, "not-the-platform-secret"));
    assertEquals(400, forged.status());
    assertTrue(forged.asReply().isProblem(), () -> forged.asReply().toString());
    assertTrue(forged.asReply().string("detail").contains("did not accept this as a notification"), () -> forged.asReply().toString());
    assertEquals(400, notify(paid, "").status(), "no signature");
    assertEquals("open", invoice(b).getString("status"), "a forged notice changes nothing");
    assertEquals("past-due", status(b));

    Desks.Raw ok = notify(paid, FakeCardProvider.sign(paid, SECRET));
    assertEquals(200, ok.status(), () -> ok.asReply().toString());
    assertEquals(List.of("paid", "paid"), List.of(ok.asReply().string("outcome"), ok.asReply().string("invoiceStatus")));
    JsonObject after = invoice(b);
    assertEquals(List.of("paid", reference), List.of(after.getString("status"), after.getString("paymentReference")));
    assertEquals("active", status(b), "paying the overdue invoice lifts past due");

    Desks.Raw again = notify(paid, FakeCardProvider.sign(paid, SECRET));
    assertEquals(200, again.status());
    assertEquals("unchanged", again.asReply().string("outcome"));
    JsonObject twice = invoice(b);
    assertEquals(1, twice.getJsonArray("payments").size(), twice::toString);
    assertEquals(after.getString("paidAt"), twice.getString("paidAt"), "the same notice twice is applied once");
    assertEquals(409, b.admin().post("/api/v1/billing/invoices/" + invoiceId + "/pay",
        Json.createObjectBuilder().add("provider", "fakecard").build()).status(), "a paid invoice cannot be paid again");
  }

  @Test
  void aNoticeForTheWrongAmountIsRecordedAsFailedAndTheInvoiceStaysOpen() throws Exception {
    Billed b = billed("wrongamount");
    String reference = payByCard(b).getString("reference");
    byte[] short1 = notice(reference, b.invoice().getString("id"), "PAID", 4_999, "EUR");
    Desks.Raw reply = notify(short1, FakeCardProvider.sign(short1, SECRET));
    assertEquals(200, reply.status(), () -> reply.asReply().toString());
    assertEquals(List.of("failed", "open"), List.of(reply.asReply().string("outcome"), reply.asReply().string("invoiceStatus")));
    JsonObject payment = invoice(b).getJsonArray("payments").getJsonObject(0);
    assertEquals("failed", payment.getString("status"));
    assertTrue(payment.getString("note").contains("4999 EUR paid") && payment.getString("note").contains("asks 5000 EUR"), payment::toString);

    byte[] otherInvoice = notice(reference, UUID.randomUUID().toString(), "PAID", 5_000, "EUR");
    assertEquals(404, notify(otherInvoice, FakeCardProvider.sign(otherInvoice, SECRET)).status(), "an invoice no company has");
    assertEquals("open", invoice(b).getString("status"));
  }

  @Test
  void thePlatformAdminRefundsPartThenTheRestButNeverMoreThanWasPaid() throws Exception {
    Billed b = billed("refunds");
    String id = b.invoice().getString("id");
    String reference = payByCard(b).getString("reference");
    byte[] paid = notice(reference, id, "PAID", 5_000, "EUR");
    assertEquals(200, notify(paid, FakeCardProvider.sign(paid, SECRET)).status());
    Api platform = platformAdmin();

    Api.Reply tooMuch = platform.post("/api/v1/platform/invoices/" + id + "/refund",
        Json.createObjectBuilder().add("amountMinor", 5_001).add("reason", "goodwill").build());
    assertEquals(400, tooMuch.status(), tooMuch::toString);
    assertTrue(tooMuch.isProblem() && tooMuch.string("detail").contains("more than the 5000"), tooMuch::toString);

    JsonObject part = platform.post("/api/v1/platform/invoices/" + id + "/refund",
        Json.createObjectBuilder().add("amountMinor", 1_500).add("reason", "outage in March").build()).json();
    assertEquals(1_500, part.getJsonNumber("refundedAmount").longValue(), part::toString);
    JsonObject payment = part.getJsonArray("payments").getJsonObject(0);
    assertEquals("paid", payment.getString("status"));
    assertTrue(payment.getString("note").startsWith("Refund fcr_" + reference + "_1500: outage in March"), payment::toString);

    // The provider declines: nothing is recorded, and the amount stays refundable.
    Api.Reply declined = platform.post("/api/v1/platform/invoices/" + id + "/refund",
        Json.createObjectBuilder().add("amountMinor", FakeCardProvider.REFUSED_REFUND).add("reason", "test").build());
    assertEquals(502, declined.status(), declined::toString);
    assertTrue(declined.isProblem() && declined.string("detail").contains("declined"), declined::toString);
    JsonObject afterDecline = platform.get("/api/v1/platform/tenants/" + b.company().id() + "/invoices").array().getValuesAs(JsonObject.class)
        .stream().filter(inv -> inv.getString("id").equals(id)).findFirst().orElseThrow();
    assertEquals(1_500, afterDecline.getJsonNumber("refundedAmount").longValue(), afterDecline::toString);
    assertEquals(0, afterDecline.getJsonArray("payments").getJsonObject(0).getJsonNumber("refunding").longValue());

    JsonObject rest = platform.post("/api/v1/platform/invoices/" + id + "/refund",
        Json.createObjectBuilder().add("reason", "cancelled").build()).json();
    assertEquals(5_000, rest.getJsonNumber("refundedAmount").longValue());
    assertEquals("refunded", rest.getJsonArray("payments").getJsonObject(0).getString("status"));
    assertEquals(409, platform.post("/api/v1/platform/invoices/" + id + "/refund",
        Json.createObjectBuilder().add("reason", "again").build()).status());
    Desks.Raw html = Desks.raw("GET", b.admin().base() + "/api/v1/billing/invoices/" + id, null,
        "Authorization", b.admin().bearer(), "Accept", "text/html");
    assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("Refunded: "), "the invoice page says it was refunded");

    // Paid by hand (mark-paid): recorded as a payment, which no provider can refund.
    Billed byHand = billed("byhand");
    String handId = byHand.invoice().getString("id");
    JsonObject marked = platform.post("/api/v1/platform/invoices/" + handId + "/mark-paid",
        Json.createObjectBuilder().add("reference", "WIRE-77").build()).json();
    JsonObject recorded = marked.getJsonArray("payments").getJsonObject(0);
    assertEquals(List.of("paid", "WIRE-77"), List.of(recorded.getString("status"), recorded.getString("reference")));
    assertTrue(recorded.isNull("provider"));
    Api.Reply handRefund = platform.post("/api/v1/platform/invoices/" + handId + "/refund",
        Json.createObjectBuilder().add("reason", "x").build());
    assertEquals(409, handRefund.status());
    assertTrue(handRefund.string("detail").contains("recorded by hand"), handRefund::toString);
  }

  @Test
  void voidingAnOverdueInvoiceLiftsPastDueAndItCanNoLongerBePaid() {
    Billed b = billed("voided");
    pastDue(b);
    String id = b.invoice().getString("id");
    Api platform = platformAdmin();
    JsonObject voided = platform.post("/api/v1/platform/invoices/" + id + "/void",
        Json.createObjectBuilder().add("reason", "Billed in error.").build()).json();
    assertEquals(List.of("void", "Billed in error."), List.of(voided.getString("status"), voided.getString("voidReason")));
    assertEquals("active", status(b));
    JsonObject listed = platform.get("/api/v1/platform/tenants/" + b.company().id() + "/invoices").array().stream()
        .map(JsonValue::asJsonObject).filter(i -> i.getString("id").equals(id)).findFirst().orElseThrow();
    assertEquals("void", listed.getString("status"), "the platform admin sees the company's invoices");
    assertEquals(409, platform.post("/api/v1/platform/invoices/" + id + "/void",
        Json.createObjectBuilder().add("reason", "again").build()).status());
    Api.Reply pay = b.admin().post("/api/v1/billing/invoices/" + id + "/pay", Json.createObjectBuilder().add("provider", "fakecard").build());
    assertEquals(409, pay.status());
    assertTrue(pay.string("detail").contains("is void"), pay::toString);
    Desks.Raw html = Desks.raw("GET", b.admin().base() + "/api/v1/billing/invoices/" + id, null,
        "Authorization", b.admin().bearer(), "Accept", "text/html");
    String page = new String(html.body(), StandardCharsets.UTF_8);
    assertTrue(page.contains("VOID") && page.contains("Billed in error."), page);
  }

  @Test
  void theBankTransferProviderGivesInstructionsWithTheInvoiceNumberAndPayingAgainGivesTheSamePayment() {
    Api platform = platformAdmin();
    JsonObject manual = platform.get("/api/v1/platform/payment-providers/payment-manual").json();
    assertEquals("manual", manual.getString("providerId"));
    Api.Reply incomplete = platform.send("PUT", "/api/v1/platform/payment-providers/payment-manual/config",
        Json.createObjectBuilder().add("accountHolder", "Frontdesk Ltd").add("iban", 42).build());
    assertEquals(400, incomplete.status(), incomplete::toString);
    assertTrue(incomplete.text().contains("config.iban"), incomplete::toString);
    assertEquals(200, platform.send("PUT", "/api/v1/platform/payment-providers/payment-manual/config",
        Json.createObjectBuilder().add("accountHolder", "Frontdesk Ltd").add("iban", "GB33BUKB20201555555555")
            .add("bic", "BUKBGB22").build()).status());
    assertEquals(200, platform.send("PUT", "/api/v1/platform/payment-providers/payment-manual/enabled",
        Json.createObjectBuilder().add("enabled", true).build()).status());

    Billed b = billed("banktransfer");
    String id = b.invoice().getString("id");
    JsonObject first = b.admin().post("/api/v1/billing/invoices/" + id + "/pay",
        Json.createObjectBuilder().add("provider", "payment-manual").build()).json();
    String number = b.invoice().getString("number");
    assertEquals(number, first.getString("reference"));
    assertTrue(first.isNull("redirectUrl"));
    String text = first.getString("instructions");
    assertTrue(text.contains("EUR 50.00") && text.contains("GB33 BUKB 2020 1555 5555 55") && text.contains("Payment reference: " + number), text);
    JsonObject second = b.admin().post("/api/v1/billing/invoices/" + id + "/pay",
        Json.createObjectBuilder().add("provider", "payment-manual").build()).json();
    assertEquals(first.getString("paymentId"), second.getString("paymentId"));

    // The money arrives: the platform admin marks it paid; the pending transfer gives way to the recorded payment.
    JsonObject paid = platform.post("/api/v1/platform/invoices/" + id + "/mark-paid",
        Json.createObjectBuilder().add("reference", "BANK-" + number).build()).json();
    assertEquals("paid", paid.getString("status"));
    assertEquals(List.of("failed", "paid"), paid.getJsonArray("payments").stream().map(p -> p.asJsonObject().getString("status")).toList());
  }

  @Test
  void companiesCannotReachPlatformRoutesAndBadInputIsAProblem() {
    Billed b = billed("payguard");
    String id = b.invoice().getString("id");
    Api admin = b.admin();
    assertEquals(403, admin.get("/api/v1/platform/payment-providers").status());
    assertEquals(403, admin.send("PUT", "/api/v1/platform/payment-providers/fakecard/enabled",
        Json.createObjectBuilder().add("enabled", false).build()).status());
    assertEquals(403, admin.post("/api/v1/platform/invoices/" + id + "/void", Json.createObjectBuilder().add("reason", "mine").build()).status());
    assertEquals(403, admin.post("/api/v1/platform/invoices/" + id + "/refund", Json.createObjectBuilder().add("reason", "mine").build()).status());
    assertFalse(admin.get("/api/v1/plugins").array().stream().anyMatch(p -> p.asJsonObject().getString("id").equals("fakecard")),
        "a payment provider is not a company's plugin");

    Api.Reply noProvider = admin.post("/api/v1/billing/invoices/" + id + "/pay", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(400, noProvider.status());
    assertTrue(noProvider.isProblem(), noProvider::toString);
    Api.Reply unknown = admin.post("/api/v1/billing/invoices/" + id + "/pay", Json.createObjectBuilder().add("provider", "nope").build());
    assertEquals(400, unknown.status());
    assertTrue(unknown.string("detail").contains("not a payment method on offer"), unknown::toString);
    assertEquals(404, admin.post("/api/v1/billing/invoices/" + UUID.randomUUID() + "/pay",
        Json.createObjectBuilder().add("provider", "fakecard").build()).status());

    Api platform = platformAdmin();
    Api.Reply negative = platform.post("/api/v1/platform/invoices/" + id + "/refund",
        Json.createObjectBuilder().add("amountMinor", -5).add("reason", "x").build());
    assertEquals(400, negative.status());
    assertTrue(negative.isProblem(), negative::toString);
    assertEquals(400, platform.post("/api/v1/platform/invoices/" + id + "/void", Json.createObjectBuilder().add("reason", " ").build()).status());
    assertEquals(404, platform.post("/api/v1/platform/invoices/" + UUID.randomUUID() + "/void",
        Json.createObjectBuilder().add("reason", "x").build()).status());
    Desks.Raw noSuchProvider = Desks.raw("POST", base.toString().replaceAll("/$", "") + "/api/v1/billing/payments/nope/notify",
        "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
    assertEquals(404, noSuchProvider.status());

    JsonObject listed = platform.get("/api/v1/platform/payment-providers").array().stream().map(JsonValue::asJsonObject)
        .filter(p -> p.getString("pluginId").equals("fakecard")).findFirst().orElseThrow();
    assertEquals("[\"signingSecret\"]", listed.getJsonArray("secretsSet").toString());
    assertFalse(listed.getJsonObject("config").containsKey("signingSecret"), "secrets never leave the platform");
    assertNull(listed.getJsonObject("config").get("signingSecret"));
  }
}
