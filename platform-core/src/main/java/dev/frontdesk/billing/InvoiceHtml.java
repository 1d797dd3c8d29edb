package dev.frontdesk.billing;

import dev.frontdesk.billing.InvoiceDocument.Line;
import dev.frontdesk.billing.InvoiceDocument.Status;
import java.util.Currency;
import java.util.List;

/**
 * Renders an invoice as one self-contained, printable HTML page: inline CSS, no scripts, images, fonts or links
 * to fetch, so it looks the same offline, in a mail client or printed to A4. Every piece of data is escaped; a
 * Content-Security-Policy that allows nothing but the inline style is a second line of defence should a value
 * ever slip through.
 */
public final class InvoiceHtml {

  private static final String STYLE =
      """
      @page { size: A4; margin: 18mm; }
      * { box-sizing: border-box; }
      body { font-family: "Helvetica Neue", Arial, "Noto Sans", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
             sans-serif; color: #1f2328; margin: 0; font-size: 13px; line-height: 1.45; }
      .page { max-width: 800px; margin: 24px auto; padding: 32px; position: relative; background: #fff; }
      header { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px; }
      h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: .04em; }
      .number { font-size: 15px; font-weight: 600; }
      .status { display: inline-block; margin-top: 6px; padding: 1px 8px; border-radius: 3px; font-size: 11px;
                font-weight: 700; letter-spacing: .08em; background: #eaeef2; }
      .parties { display: flex; gap: 32px; margin: 28px 0 20px; }
      .parties section { flex: 1; }
      h2 { font-size: 11px; text-transform: uppercase; letter-spacing: .08em; color: #57606a; margin: 0 0 4px; }
      .party-name { font-weight: 600; }
      dl.dates { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 20px; }
      dl.dates dt { color: #57606a; }
      dl.dates dd { margin: 0; }
      table { width: 100%; border-collapse: collapse; }
      thead { display: table-header-group; }
      th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #57606a;
           border-bottom: 2px solid #1f2328; padding: 6px 8px; }
      td { border-bottom: 1px solid #d0d7de; padding: 6px 8px; vertical-align: top; }
      tr { page-break-inside: avoid; }
      .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      .desc { overflow-wrap: anywhere; }
      table.totals { width: auto; margin: 16px 0 0 auto; min-width: 320px; }
      table.totals th { text-transform: none; letter-spacing: 0; font-size: 13px; color: #1f2328; border: 0;
                        font-weight: 400; padding: 3px 8px; }
      table.totals td { border: 0; padding: 3px 8px; }
      table.totals tr.total th, table.totals tr.total td { font-weight: 700; border-top: 2px solid #1f2328; }
      table.totals tr.due th, table.totals tr.due td { font-weight: 700; font-size: 15px; }
      .notes { margin-top: 24px; white-space: pre-wrap; overflow-wrap: anywhere; }
      .payment { margin-top: 16px; }
      .stamp { position: absolute; top: 40px; right: 48px; transform: rotate(-14deg); border: 4px solid;
               border-radius: 8px; padding: 4px 18px; font-size: 44px; font-weight: 800; letter-spacing: .12em;
               opacity: .8; pointer-events: none; }
      .stamp-paid { color: #1a7f37; }
      .stamp-void { color: #cf222e; }
      .stamp-draft { color: #8c959f; }
      footer { margin-top: 32px; color: #57606a; font-size: 11px; }
      @media print { .page { margin: 0; padding: 0; max-width: none; } }
      """;

  private InvoiceHtml() {}

  /** The complete page, UTF-8 text starting with the doctype. */
  public static String render(InvoiceDocument invoice) {
    Currency currency = invoice.currency();
    StringBuilder html = new StringBuilder(4096 + invoice.lines().size() * 200);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Invoice ")
        .append(escape(invoice.number()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<div class=\"page\">\n");

    stamp(html, invoice.status());

    html.append("<header>\n<div>\n<h1>INVOICE</h1>\n<div class=\"number\">")
        .append(escape(invoice.number()))
        .append("</div>\n<div class=\"status\">")
        .append(invoice.status().name())
        .append("</div>\n</div>\n</header>\n");

    html.append("<div class=\"parties\">\n<section>\n<h2>From</h2>\n");
    party(html, invoice.seller().name(), invoice.seller().addressLines(), invoice.seller().taxId());
    html.append("</section>\n<section>\n<h2>Bill to</h2>\n");
    party(html, invoice.buyer().displayName(), invoice.buyer().addressLines(), invoice.buyer().taxId());
    if (invoice.buyer().slug() != null && !invoice.buyer().slug().isBlank()
        && !invoice.buyer().slug().equals(invoice.buyer().displayName())) {
      html.append("<div>Account: ").append(escape(invoice.buyer().slug())).append("</div>\n");
    }
    html.append("</section>\n</div>\n");

    html.append("<dl class=\"dates\">\n");
    definition(html, "Issue date", InvoiceFormat.date(invoice.issueDate()));
    definition(html, "Due date", InvoiceFormat.date(invoice.dueDate()));
    definition(html, "Billing period", InvoiceFormat.period(invoice.periodStart(), invoice.periodEnd()));
    definition(html, "Currency", currency.getCurrencyCode());
    html.append("</dl>\n");

    html.append("<table class=\"lines\">\n<thead><tr><th>Description</th><th class=\"num\">Qty</th>")
        .append("<th class=\"num\">Unit price</th><th class=\"num\">Amount</th></tr></thead>\n<tbody>\n");
    for (Line line : invoice.lines()) {
      html.append("<tr><td class=\"desc\">")
          .append(escape(line.description()))
          .append("</td><td class=\"num\">")
          .append(InvoiceFormat.quantity(line.quantity()))
          .append("</td><td class=\"num\">")
          .append(InvoiceFormat.amount(line.unitAmountMinor(), currency))
          .append("</td><td class=\"num\">")
          .append(InvoiceFormat.amount(line.amountMinor(), currency))
          .append("</td></tr>\n");
    }
    if (invoice.lines().isEmpty()) {
      html.append("<tr><td colspan=\"4\">No charges in this period.</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");

    html.append("<table class=\"totals\">\n");
    totalRow(html, "", "Subtotal", invoice.subtotalMinor(), currency);
    totalRow(html, "", "Tax (" + InvoiceFormat.taxRate(invoice.taxRateBasisPoints()) + ")", invoice.taxMinor(),
        currency);
    totalRow(html, "total", "Total", invoice.totalMinor(), currency);
    totalRow(html, "", "Amount paid", invoice.amountPaidMinor(), currency);
    totalRow(html, "due", "Amount due", invoice.amountDueMinor(), currency);
    html.append("</table>\n");

    if (invoice.paymentReference() != null && !invoice.paymentReference().isBlank()) {
      html.append("<div class=\"payment\">Payment reference: ")
          .append(escape(invoice.paymentReference()))
          .append("</div>\n");
    }
    if (invoice.notes() != null && !invoice.notes().isBlank()) {
      html.append("<div class=\"notes\">").append(escape(invoice.notes())).append("</div>\n");
    }
    html.append("<footer>")
        .append(escape(invoice.seller().name()))
        .append(" · Invoice ")
        .append(escape(invoice.number()))
        .append("</footer>\n</div>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void stamp(StringBuilder html, Status status) {
    String word =
        switch (status) {
          case PAID -> "PAID";
          case VOID -> "VOID";
          case DRAFT -> "DRAFT";
          case OPEN -> null;
        };
    if (word != null) {
      html.append("<div class=\"stamp stamp-")
          .append(word.toLowerCase(java.util.Locale.ROOT))
          .append("\" role=\"note\" aria-label=\"")
          .append(word)
          .append("\">")
          .append(word)
          .append("</div>\n");
    }
  }

  private static void party(StringBuilder html, String name, List<String> address, String taxId) {
    html.append("<div class=\"party-name\">").append(escape(name)).append("</div>\n");
    for (String line : address) {
      html.append("<div>").append(escape(line)).append("</div>\n");
    }
    if (taxId != null && !taxId.isBlank()) {
      html.append("<div>Tax ID: ").append(escape(taxId)).append("</div>\n");
    }
  }

  private static void definition(StringBuilder html, String term, String value) {
    html.append("<dt>").append(term).append("</dt><dd>").append(escape(value)).append("</dd>\n");
  }

  private static void totalRow(StringBuilder html, String cssClass, String label, long minor, Currency currency) {
    html.append(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + cssClass + "\">")
        .append("<th>")
        .append(escape(label))
        .append("</th><td class=\"num\">")
        .append(InvoiceFormat.amount(minor, currency))
        .append("</td></tr>\n");
  }

  /**
   * Escapes text for element content and quoted attribute values. Control characters other than tab and line
   * breaks are dropped: they are invalid in HTML and only ever arrive by accident or malice.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
