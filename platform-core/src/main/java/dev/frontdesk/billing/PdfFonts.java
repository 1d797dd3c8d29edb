package dev.frontdesk.billing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The fonts of one PDF: Liberation Sans (bundled in the PDFBox jar, SIL Open Font License) first, then the
 * operator's fallback fonts, all embedded as subsets. Each character is drawn with the first font that has a glyph
 * for it, or as '?' when none does, so arbitrary user text never makes rendering fail. Bold is drawn by stroking
 * the outline as well as filling it, which keeps one embedded font instead of two.
 */
final class PdfFonts implements Closeable {

  static final String BASE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final List<PDFont> chain;
  private final List<Closeable> resources;
  private final Map<Integer, PDFont> fontFor = new HashMap<>();

  private PdfFonts(List<PDFont> chain, List<Closeable> resources) {
    this.chain = chain;
    this.resources = resources;
  }

  static PdfFonts load(PDDocument document, List<Path> fallbacks) throws IOException {
    List<PDFont> chain = new ArrayList<>();
    List<Closeable> resources = new ArrayList<>();
    try (InputStream base = PdfFonts.class.getResourceAsStream(BASE_FONT)) {
      if (base == null) {
        throw new IOException("PDFBox no longer ships " + BASE_FONT);
      }
      chain.add(PDType0Font.load(document, base));
    }
    for (Path path : fallbacks) {
      if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
        // Collections: the first face. The collection stays open until the document has been saved.
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        resources.add(collection);
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
          if (first[0] == null) {
            first[0] = font;
          }
        });
        if (first[0] == null) {
          throw new IOException("No font in collection " + path);
        }
        chain.add(PDType0Font.load(document, first[0], true));
      } else {
        chain.add(PDType0Font.load(document, path.toFile()));
      }
    }
    return new PdfFonts(chain, resources);
  }

  /** Width of {@code text} in points at {@code size}. */
  float width(String text, float size) throws IOException {
    float units = 0;
    for (Run run : runs(text)) {
      units += run.font().getStringWidth(run.text());
    }
    return units / 1000 * size;
  }

  void show(PDPageContentStream content, String text, float x, float y, float size, boolean bold)
      throws IOException {
    List<Run> runs = runs(text);
    if (runs.isEmpty()) {
      return;
    }
    content.beginText();
    if (bold) {
      content.setRenderingMode(RenderingMode.FILL_STROKE);
      content.setLineWidth(size / 32);
    }
    content.newLineAtOffset(x, y);
    for (Run run : runs) {
      content.setFont(run.font(), size);
      content.showText(run.text());
    }
    if (bold) {
      content.setRenderingMode(RenderingMode.FILL);
    }
    content.endText();
  }

  void showRight(PDPageContentStream content, String text, float right, float y, float size, boolean bold)
      throws IOException {
    show(content, text, right - width(text, size), y, size, bold);
  }

  /**
   * Breaks text into lines no wider than {@code width}: at spaces where possible, else (long tokens, Chinese
   * text without spaces) between characters. Line breaks in the text become spaces.
   */
  List<String> wrap(String text, float width, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.replaceAll("\\s+", " ").strip().split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // The word alone is too wide: split it between code points.
      int i = 0;
      while (i < word.length()) {
        int next = i + Character.charCount(word.codePointAt(i));
        if (!line.isEmpty() && width(line + word.substring(i, next), size) > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(word, i, next);
        i = next;
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Splits text into runs of one font each, replacing what no font can show. */
  private List<Run> runs(String text) throws IOException {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    PDFont currentFont = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
        codePoint = ' ';
      }
      PDFont font = fontFor(codePoint);
      if (font == null) {
        codePoint = '?';
        font = chain.get(0);
      }
      if (font != currentFont && !current.isEmpty()) {
        runs.add(new Run(currentFont, current.toString()));
        current.setLength(0);
      }
      currentFont = font;
      current.appendCodePoint(codePoint);
    }
    if (!current.isEmpty()) {
      runs.add(new Run(currentFont, current.toString()));
    }
    return runs;
  }

  private PDFont fontFor(int codePoint) throws IOException {
    if (fontFor.containsKey(codePoint)) {
      return fontFor.get(codePoint);
    }
    PDFont found = null;
    String text = new String(Character.toChars(codePoint));
    for (PDFont font : chain) {
      try {
        font.encode(text);
        found = font;
        break;
      } catch (IllegalArgumentException noGlyph) {
        // try the next font
      }
    }
    fontFor.put(codePoint, found);
    return found;
  }

  @Override
  public void close() throws IOException {
    for (Closeable resource : resources) {
      resource.close();
    }
  }

  private record Run(PDFont font, String text) {}
}
