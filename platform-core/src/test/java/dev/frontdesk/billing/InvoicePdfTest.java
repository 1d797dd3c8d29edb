package dev.frontdesk.billing;

import static dev.frontdesk.billing.InvoiceSamples.buyer;
import static dev.frontdesk.billing.InvoiceSamples.invoice;
import static dev.frontdesk.billing.InvoiceSamples.manyLines;
import static dev.frontdesk.billing.InvoiceSamples.typicalLines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontdesk.billing.InvoiceDocument.Line;
import dev.frontdesk.billing.InvoiceDocument.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

  /** Debian's fonts-droid-fallback (Apache 2.0): a TrueType CJK font an operator might configure. */
  private static final Path DROID_FALLBACK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

  private static String text(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(document);
  }

  private static List<String> pageTexts(PDDocument document) throws IOException {
    List<String> pages = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(stripper.getText(document));
    }
    return pages;
  }

  private static int count(String text, String needle) {
    Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  @Test
  void containsTheInvoiceAndParsesBack() throws IOException {
    InvoiceDocument invoice = invoice(Status.OPEN, "EUR", buyer("Acme GmbH"), typicalLines(100), 1900);
    byte[] pdf = new InvoicePdf().render(invoice);
    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      PDPage page = document.getPage(0);
      assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
      assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
      assertEquals("FD-2026-000123", document.getDocumentInformation().getTitle());
      assertEquals("Frontdesk Cloud Ltd.", document.getDocumentInformation().getAuthor());

      String text = text(document);
      assertTrue(text.contains("FD-2026-000123"), text);
      assertTrue(text.contains("Acme GmbH"), text);
      assertTrue(text.contains("Frontdesk Cloud Ltd."), text);
      for (Line line : invoice.lines()) {
        assertTrue(text.contains(line.description()), line.description() + " in\n" + text);
      }
      // Subtotal 123.50 + 19 % tax 23.47 (23.465 rounded) = 146.97.
      assertTrue(Pattern.compile("Total\\s+EUR 146\\.97").matcher(text).find(), text);
      assertTrue(text.contains("Tax (19.00%)"), text);
      assertTrue(text.contains("EUR -12.50"), text);
      assertTrue(text.contains("2026-02-01 – 2026-02-28"), text);
      assertTrue(text.contains("Page 1 of 1"), text);
      assertFalse(text.contains("PAID"), text);
    }
  }

  @Test
  void embedsOnlyASubsetOfItsFont() throws IOException {
    byte[] pdf = new InvoicePdf().render(invoice(Status.OPEN, "USD", buyer("Acme"), typicalLines(100), 0));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName());
        // Subset fonts carry a six-letter tag: ABCDEF+LiberationSans.
        assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName());
      }
    }
    assertTrue(pdf.length < 60_000, "subset keeps the file small, was " + pdf.length);
  }

  @Test
  void paidAndVoidInvoicesCarryAStamp() throws IOException {
    try (PDDocument paid = Loader.loadPDF(
        new InvoicePdf().render(invoice(Status.PAID, "USD", buyer("Acme"), typicalLines(100), 0)))) {
      String text = text(paid);
      assertTrue(text.contains("PAID"), text);
      assertTrue(text.contains("ch_3PZ8kL2eZvKYlo2C"), text);
      assertTrue(Pattern.compile("Amount due\\s+USD 0\\.00").matcher(text).find(), text);
    }
    try (PDDocument voided = Loader.loadPDF(
        new InvoicePdf().render(invoice(Status.VOID, "USD", buyer("Acme"), typicalLines(100), 0)))) {
      assertTrue(text(voided).contains("VOID"));
    }
  }

  @Test
  void yenHasNoDecimals() throws IOException {
    byte[] pdf = new InvoicePdf().render(invoice(Status.OPEN, "JPY", buyer("Acme KK"), typicalLines(100), 1000));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = text(document);
      assertTrue(Pattern.compile("Total\\s+JPY 13,585").matcher(text).find(), text);
      assertFalse(Pattern.compile("JPY -?[0-9,]+\\.[0-9]").matcher(text).find(), text);
    }
  }

  @Test
  void hundredTwentyLinesRunOverSeveralPagesAndAllAppear() throws IOException {
    InvoiceDocument invoice = invoice(Status.OPEN, "CNY", buyer("Acme"), manyLines(120), 600);
    try (PDDocument document = Loader.loadPDF(new InvoicePdf().render(invoice))) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 3, "pages: " + pages);
      List<String> pageTexts = pageTexts(document);
      String all = String.join("\n", pageTexts);
      for (int i = 1; i <= 120; i++) {
        String description = String.format("Usage block #%03d for February", i);
        assertEquals(1, count(all, description), description);
      }
      for (int page = 0; page < pages; page++) {
        String text = pageTexts.get(page);
        assertTrue(text.contains("Page " + (page + 1) + " of " + pages), text);
        assertTrue(text.contains("FD-2026-000123"), "every page names the invoice");
      }
      // The table header is repeated on every page that has lines; the totals come once, after the last line.
      assertTrue(count(all, "Unit price") >= pages - 1, all);
      assertEquals(1, count(all, "Subtotal"));
      String last = pageTexts.get(pages - 1);
      assertTrue(last.indexOf("Subtotal") > last.indexOf("#120"), last);
      // 150 × (1 + … + 120) = 1,089,000 fen = CNY 10,890.00; tax 6 % = 653.40; total 11,543.40.
      assertTrue(Pattern.compile("Total\\s+CNY 11,543\\.40").matcher(all).find(), last);
    }
  }

  @Test
  void longDescriptionsWrapInsideTheirColumn() throws IOException {
    String longText = "Proration credit for the unused part of the Business plan after a downgrade to Team, "
        + "computed to the second";
    // A buyer without address: the sample's postcode has an X of its own.
    InvoiceDocument invoice = invoice(Status.OPEN, "USD", new InvoiceDocument.Buyer("Acme", null, null, null),
        List.of(new Line(longText, 1, -4321, -4321), new Line("X".repeat(200), 1, 1, 1)), 0);
    try (PDDocument document = Loader.loadPDF(new InvoicePdf().render(invoice))) {
      List<TextPosition> xs = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
          positions.stream().filter(p -> p.getUnicode().equals("X")).forEach(xs::add);
          super.writeString(text, positions);
        }
      };
      String text = stripper.getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains(longText), text);
      assertEquals(200, xs.size());
      // Every X lies left of the quantity column, so the 200 of them took several lines.
      float rightmost = (float) xs.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElse(0);
      assertTrue(rightmost < 272, "rightmost X ends at " + rightmost);
      assertTrue(xs.stream().map(TextPosition::getYDirAdj).distinct().count() >= 4);
    }
  }

  @Test
  void chineseNameWithoutACjkFontPrintsQuestionMarks() throws IOException {
    InvoiceDocument invoice = invoice(Status.OPEN, "CNY", buyer("上海前台科技有限公司"), typicalLines(100), 600);
    try (PDDocument document = Loader.loadPDF(new InvoicePdf().render(invoice))) {
      String text = text(document);
      assertTrue(text.contains("??????????"), text);
      assertTrue(text.contains("FD-2026-000123"), text);
    }
  }

  @Test
  void latinExtendedGreekAndCyrillicNeedNoExtraFont() throws IOException {
    String name = "Zażółć Ärger Ελλάδα Москва";
    try (PDDocument document = Loader.loadPDF(
        new InvoicePdf().render(invoice(Status.OPEN, "EUR", buyer(name), typicalLines(100), 0)))) {
      assertTrue(text(document).contains(name));
    }
  }

  @Test
  void chineseNameRoundTripsWithAFallbackFont() throws IOException {
    assumeTrue(Files.isReadable(DROID_FALLBACK), "needs Debian's fonts-droid-fallback");
    String name = "上海前台科技有限公司";
    InvoiceDocument invoice = invoice(Status.PAID, "CNY", buyer(name),
        List.of(new Line("团队版 Team plan（月付）", 1, 19_900, 19_900)), 600);
    byte[] pdf = new InvoicePdf(List.of(DROID_FALLBACK)).render(invoice);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = text(document);
      assertTrue(text.contains(name), text);
      assertTrue(text.contains("团队版 Team plan（月付）"), text);
    }
    // A subset of the 4 MB font, not all of it.
    assertTrue(pdf.length < 150_000, "size " + pdf.length);
  }

  @Test
  void missingFallbackFontIsRejectedUpFront() {
    assertThrows(IllegalArgumentException.class, () -> new InvoicePdf(List.of(Path.of("/nonexistent/font.ttf"))));
  }

  @Test
  void sameInvoiceRendersToTheSameBytes() {
    InvoiceDocument invoice = invoice(Status.OPEN, "USD", buyer("Acme"), typicalLines(100), 0);
    assertArrayEquals(new InvoicePdf().render(invoice), new InvoicePdf().render(invoice));
  }
}
