package dev.frontdesk.billing;

import static dev.frontdesk.billing.InvoiceSamples.buyer;
import static dev.frontdesk.billing.InvoiceSamples.invoice;
import static dev.frontdesk.billing.InvoiceSamples.typicalLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.billing.InvoiceDocument.Buyer;
import dev.frontdesk.billing.InvoiceDocument.Line;
import dev.frontdesk.billing.InvoiceDocument.Status;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InvoiceHtmlTest {

  private static final String HOSTILE = "<script>alert('x')</script> & \"Co\"";

  @Test
  void escapesHostileTextEverywhere() {
    Buyer buyer = new Buyer(HOSTILE, "<b>slug</b>", List.of("<img src=x onerror=alert(1)>"), "<tax>");
    List<Line> lines = List.of(new Line("<script>steal()</script>", 1, 100, 100));
    String html = InvoiceHtml.render(invoice(Status.OPEN, "USD", buyer, lines, 0));

    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>slug"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"), html);
    assertTrue(html.contains("&lt;script&gt;steal()&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    assertTrue(html.contains("Tax ID: &lt;tax&gt;"), html);
  }

  @Test
  void dropsControlCharacters() {
    assertEquals("ab\tc\n", InvoiceHtml.escape("a\u0000b\tc\u001b\n\u007f"));
  }

  @Test
  void isSelfContainedAndDeclaresItsLanguage() {
    String html = InvoiceHtml.render(invoice(Status.OPEN, "EUR", buyer("Acme GmbH"), typicalLines(100), 1900));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(html.contains("<style>"));
    assertFalse(Pattern.compile("(?i)<link|<script|<img|src=|url\\(|@import|https?://").matcher(html).find(), html);
    assertTrue(html.contains("<table class=\"lines\">"));
  }

  @Test
  void showsPaidAndVoidStamps() {
    String paid = InvoiceHtml.render(invoice(Status.PAID, "USD", buyer("Acme"), typicalLines(100), 0));
    assertTrue(paid.contains("class=\"stamp stamp-paid\""), paid);
    assertTrue(paid.contains(">PAID</div>"));
    assertTrue(paid.contains("Payment reference: ch_3PZ8kL2eZvKYlo2C"));

    String voided = InvoiceHtml.render(invoice(Status.VOID, "USD", buyer("Acme"), typicalLines(100), 0));
    assertTrue(voided.contains("class=\"stamp stamp-void\""), voided);
    assertTrue(voided.contains(">VOID</div>"));
    assertFalse(voided.contains("class=\"stamp stamp-paid\""));

    String open = InvoiceHtml.render(invoice(Status.OPEN, "USD", buyer("Acme"), typicalLines(100), 0));
    assertFalse(open.contains("class=\"stamp"), open);
    assertFalse(open.contains("Payment reference"));
  }

  @Test
  void formatsYenWithoutDecimals() {
    String html = InvoiceHtml.render(invoice(Status.OPEN, "JPY", buyer("株式会社アクメ"), typicalLines(100), 1000));
    assertTrue(html.contains("JPY 9,900"), html);
    assertTrue(html.contains("JPY -1,250"), html);
    // Subtotal 12,350, tax 10 % = 1,235, total 13,585.
    assertTrue(html.contains("<th>Total</th><td class=\"num\">JPY 13,585</td>"), html);
    assertTrue(html.contains("Tax (10.00%)"));
    assertFalse(Pattern.compile("JPY -?[0-9,]+\\.[0-9]").matcher(html).find(), html);
    assertTrue(html.contains("株式会社アクメ"), "non-Latin text is kept as it is");
  }

  @Test
  void formatsYuanEuroAndDollarWithTwoDecimals() {
    for (String code : List.of("CNY", "EUR", "USD")) {
      String html = InvoiceHtml.render(invoice(Status.OPEN, code, buyer("Acme"), typicalLines(100), 1300));
      assertTrue(html.contains(code + " 99.00"), html);
      assertTrue(html.contains(code + " -12.50"), html);
      // Subtotal 123.50, tax 13 % = 16.06 (16.055 rounded), total 139.56.
      assertTrue(html.contains("<th>Total</th><td class=\"num\">" + code + " 139.56</td>"), html);
      assertFalse(Pattern.compile(code + " -?[0-9,]+(?!\\.[0-9]{2}\\b)").matcher(
          html.replaceAll(code + " -?[0-9,]+\\.[0-9]{2}\\b", "")).find(), html);
    }
  }

  @Test
  void buyerWithoutAnyDetailsStillRenders() {
    String html = InvoiceHtml.render(
        invoice(Status.DRAFT, "USD", new Buyer(null, null, null, null), List.of(), 0));
    assertTrue(html.contains("<div class=\"party-name\">—</div>"), html);
    assertTrue(html.contains("No charges in this period."));
    assertTrue(html.contains("stamp-draft"));
  }
}
