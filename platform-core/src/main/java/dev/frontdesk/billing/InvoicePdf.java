package dev.frontdesk.billing;

import dev.frontdesk.billing.InvoiceDocument.Line;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Currency;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders an invoice as an A4 PDF with Apache PDFBox: the same content as {@link InvoiceHtml}, with the table
 * header repeated on every page the lines run onto, "page n of m" footers and document metadata (title = invoice
 * number, author = seller).
 *
 * <p>Text is set in Liberation Sans, which PDFBox itself ships, embedded as a subset: it covers Latin, Greek and
 * Cyrillic. No CJK font can be had from Maven Central, so Chinese, Japanese and Korean names need a font the
 * operator installs (e.g. Debian's fonts-droid-fallback or fonts-wqy-microhei) and passes as a fallback; glyphs no
 * font has are printed as '?'. The HTML invoice shows every script through the reader's own fonts.
 */
public final class InvoicePdf {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 50;
  private static final float TOP = PAGE.getHeight() - MARGIN;
  private static final float BOTTOM = 64;
  private static final float RIGHT = PAGE.getWidth() - MARGIN;
  private static final float WIDTH = RIGHT - MARGIN;

  // Table columns: description on the left, numbers right-aligned to these edges.
  private static final float QTY_RIGHT = 318;
  private static final float UNIT_RIGHT = 430;
  private static final float DESC_WIDTH = QTY_RIGHT - 48 - MARGIN;
  private static final float TEXT = 9.5f;
  private static final float LEADING = 13;

  private final List<Path> fallbackFonts;

  /** Liberation Sans only: characters outside Latin, Greek and Cyrillic print as '?'. */
  public InvoicePdf() {
    this(List.of());
  }

  /**
   * @param fallbackFonts TrueType fonts (.ttf, or .ttc collections, whose first font is used) tried in order for
   *     characters Liberation Sans lacks. OpenType fonts with CFF outlines (.otf) cannot be embedded by PDFBox.
   */
  public InvoicePdf(List<Path> fallbackFonts) {
    for (Path font : fallbackFonts) {
      if (!Files.isReadable(font)) {
        throw new IllegalArgumentException("Invoice font not readable: " + font);
      }
    }
    this.fallbackFonts = List.copyOf(fallbackFonts);
  }

  /** The PDF file's bytes. */
  public byte[] render(InvoiceDocument invoice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(invoice, out);
    return out.toByteArray();
  }

  /** Writes the PDF to {@code out}, which stays open. */
  public void write(InvoiceDocument invoice, OutputStream out) {
    try (PDDocument document = new PDDocument();
        PdfFonts fonts = PdfFonts.load(document, fallbackFonts)) {
      metadata(document, invoice);
      new Layout(document, fonts, invoice).run();
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the PDF of invoice " + invoice.number(), e);
    }
  }

  private static void metadata(PDDocument document, InvoiceDocument invoice) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(invoice.number());
    info.setAuthor(invoice.seller().name());
    info.setSubject("Invoice " + invoice.number() + " for " + invoice.buyer().displayName());
    info.setCreator("Frontdesk");
    // The issue date, not the rendering time: the same invoice always renders to the same file.
    Calendar issued = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    issued.setTimeInMillis(invoice.issueDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    info.setCreationDate(issued);
    // Without a seed PDFBox derives the file identifier from the clock.
    document.setDocumentId((long) invoice.number().hashCode());
    document.getDocumentCatalog().setLanguage("en");
  }

  /** One rendering pass: a cursor that walks down the pages and opens a new one when the next block won't fit. */
  private static final class Layout {
    private final PDDocument document;
    private final PdfFonts fonts;
    private final InvoiceDocument invoice;
    private final Currency currency;
    private PDPageContentStream content;
    private float y;

    Layout(PDDocument document, PdfFonts fonts, InvoiceDocument invoice) {
      this.document = document;
      this.fonts = fonts;
      this.invoice = invoice;
      this.currency = invoice.currency();
    }

    void run() throws IOException {
      newPage();
      try {
        header();
        parties();
        dates();
        lines();
        totals();
        closing();
      } finally {
        content.close();
      }
      footers();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    private boolean ensure(float height) throws IOException {
      if (y - height < BOTTOM) {
        newPage();
        return true;
      }
      return false;
    }

    private void header() throws IOException {
      fonts.show(content, "INVOICE", MARGIN, y - 22, 22, true);
      fonts.show(content, invoice.number(), MARGIN, y - 42, 12, true);
      fonts.show(content, "Status: " + invoice.status().name(), MARGIN, y - 58, TEXT, false);
      stamp();
      y -= 90;
    }

    /** PAID, VOID or DRAFT in a coloured, tilted frame in the top right corner; open invoices have none. */
    private void stamp() throws IOException {
      String word;
      float[] rgb;
      switch (invoice.status()) {
        case PAID -> {
          word = "PAID";
          rgb = new float[] {0.10f, 0.50f, 0.22f};
        }
        case VOID -> {
          word = "VOID";
          rgb = new float[] {0.81f, 0.13f, 0.18f};
        }
        case DRAFT -> {
          word = "DRAFT";
          rgb = new float[] {0.55f, 0.58f, 0.62f};
        }
        default -> {
          return;
        }
      }
      float size = 34;
      float padding = 10;
      float width = fonts.width(word, size) + 2 * padding;
      float height = size + padding;
      content.saveGraphicsState();
      content.transform(Matrix.getRotateInstance(Math.toRadians(-12), RIGHT - width - 10, y - 30));
      content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
      content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
      content.setLineWidth(3);
      content.addRect(0, -padding, width, height);
      content.stroke();
      fonts.show(content, word, padding, 0, size, true);
      content.restoreGraphicsState();
    }

    private void parties() throws IOException {
      float column = (WIDTH - 30) / 2;
      List<String> from = new ArrayList<>();
      from.add(invoice.seller().name());
      from.addAll(invoice.seller().addressLines());
      if (invoice.seller().taxId() != null && !invoice.seller().taxId().isBlank()) {
        from.add("Tax ID: " + invoice.seller().taxId());
      }
      InvoiceDocument.Buyer buyer = invoice.buyer();
      List<String> to = new ArrayList<>();
      to.add(buyer.displayName());
      to.addAll(buyer.addressLines());
      if (buyer.taxId() != null && !buyer.taxId().isBlank()) {
        to.add("Tax ID: " + buyer.taxId());
      }
      if (buyer.slug() != null && !buyer.slug().isBlank() && !buyer.slug().equals(buyer.displayName())) {
        to.add("Account: " + buyer.slug());
      }
      float left = block("FROM", from, MARGIN, column);
      float right = block("BILL TO", to, MARGIN + column + 30, column);
      y = Math.min(left, right) - 16;
    }

    /** A heading and wrapped lines from the current y; the first line bold. Returns the y below the block. */
    private float block(String heading, List<String> lines, float x, float width) throws IOException {
      float at = y;
      fonts.show(content, heading, x, at, 8, true);
      at -= LEADING + 2;
      boolean first = true;
      for (String line : lines) {
        for (String part : fonts.wrap(line, width, first ? 11 : TEXT)) {
          fonts.show(content, part, x, at, first ? 11 : TEXT, first);
          at -= first ? LEADING + 2 : LEADING;
        }
        first = false;
      }
      return at;
    }

    private void dates() throws IOException {
      String[][] rows = {
        {"Issue date", InvoiceFormat.date(invoice.issueDate())},
        {"Due date", InvoiceFormat.date(invoice.dueDate())},
        {"Billing period", InvoiceFormat.period(invoice.periodStart(), invoice.periodEnd())},
        {"Currency", currency.getCurrencyCode()},
      };
      for (String[] row : rows) {
        fonts.show(content, row[0], MARGIN, y, TEXT, true);
        fonts.show(content, row[1], MARGIN + 90, y, TEXT, false);
        y -= LEADING;
      }
      y -= 14;
    }

    private void tableHeader() throws IOException {
      fonts.show(content, "Description", MARGIN, y, 8.5f, true);
      fonts.showRight(content, "Qty", QTY_RIGHT, y, 8.5f, true);
      fonts.showRight(content, "Unit price", UNIT_RIGHT, y, 8.5f, true);
      fonts.showRight(content, "Amount", RIGHT, y, 8.5f, true);
      rule(y - 5, 1.2f);
      y -= LEADING + 6;
    }

    private void lines() throws IOException {
      ensure(3 * LEADING + 10);
      tableHeader();
      if (invoice.lines().isEmpty()) {
        fonts.show(content, "No charges in this period.", MARGIN, y, TEXT, false);
        y -= LEADING + 4;
      }
      for (Line line : invoice.lines()) {
        List<String> description = fonts.wrap(line.description(), DESC_WIDTH, TEXT);
        float height = description.size() * LEADING + 6;
        if (ensure(height)) {
          tableHeader();
        }
        float baseline = y;
        for (String part : description) {
          fonts.show(content, part, MARGIN, y, TEXT, false);
          y -= LEADING;
        }
        fonts.showRight(content, InvoiceFormat.quantity(line.quantity()), QTY_RIGHT, baseline, TEXT, false);
        fonts.showRight(
            content, InvoiceFormat.amount(line.unitAmountMinor(), currency), UNIT_RIGHT, baseline, TEXT, false);
        fonts.showRight(content, InvoiceFormat.amount(line.amountMinor(), currency), RIGHT, baseline, TEXT, false);
        // A hairline just under the last line's descenders, then room above the next row's capitals.
        rule(y + LEADING - 4.5f, 0.4f);
        y -= 6;
      }
    }

    private void totals() throws IOException {
      ensure(6 * LEADING + 24);
      y -= 10;
      float labels = 330;
      total(labels, "Subtotal", invoice.subtotalMinor(), false);
      total(labels, "Tax (" + InvoiceFormat.taxRate(invoice.taxRateBasisPoints()) + ")", invoice.taxMinor(), false);
      rule(y + LEADING - 2, 1.2f, labels);
      total(labels, "Total", invoice.totalMinor(), true);
      total(labels, "Amount paid", invoice.amountPaidMinor(), false);
      y -= 2;
      total(labels, "Amount due", invoice.amountDueMinor(), true);
      y -= 12;
    }

    private void total(float labels, String label, long minor, boolean bold) throws IOException {
      fonts.show(content, label, labels, y, TEXT + 0.5f, bold);
      fonts.showRight(content, InvoiceFormat.amount(minor, currency), RIGHT, y, TEXT + 0.5f, bold);
      y -= LEADING + 2;
    }

    private void closing() throws IOException {
      if (invoice.paymentReference() != null && !invoice.paymentReference().isBlank()) {
        paragraph("Payment reference: " + invoice.paymentReference());
        y -= 6;
      }
      if (invoice.notes() != null && !invoice.notes().isBlank()) {
        for (String paragraph : invoice.notes().split("\\R")) {
          paragraph(paragraph);
        }
      }
    }

    private void paragraph(String text) throws IOException {
      for (String part : fonts.wrap(text, WIDTH, TEXT)) {
        ensure(LEADING);
        fonts.show(content, part, MARGIN, y, TEXT, false);
        y -= LEADING;
      }
    }

    private void rule(float at, float width) throws IOException {
      rule(at, width, MARGIN);
    }

    private void rule(float at, float width, float from) throws IOException {
      content.setLineWidth(width);
      content.setStrokingColor(0.2f, 0.2f, 0.2f);
      content.moveTo(from, at);
      content.lineTo(RIGHT, at);
      content.stroke();
      content.setStrokingColor(0f, 0f, 0f); // bold text strokes its outline in this colour
    }

    /** "Page n of m" needs the page count, so footers are appended once the body is laid out. */
    private void footers() throws IOException {
      int count = document.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
          footer.setNonStrokingColor(0.35f, 0.38f, 0.42f);
          fonts.show(footer, invoice.seller().name() + " · Invoice " + invoice.number(), MARGIN, 36, 8, false);
          fonts.showRight(footer, "Page " + (i + 1) + " of " + count, RIGHT, 36, 8, false);
        }
      }
    }
  }
}
