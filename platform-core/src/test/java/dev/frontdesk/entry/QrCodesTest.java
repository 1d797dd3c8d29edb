package dev.frontdesk.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class QrCodesTest {

  private static final String URL = "https://acme.frontdesk.example/chat?entry=lobby-qr&lang=de";

  private static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    Map<DecodeHintType, Object> hints =
        Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    return new MultiFormatReader().decode(bitmap, hints).getText();
  }

  @Test
  void pngDecodesBackToTheText() throws Exception {
    byte[] png = QrCodes.png(URL, 256);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(256, image.getWidth());
    assertEquals(256, image.getHeight());
    assertEquals(1, image.getColorModel().getPixelSize(), "1-bit black and white");
    assertEquals(0xFFFFFFFF, image.getRGB(0, 0), "quiet zone is white");
    assertEquals(URL, decode(png));
  }

  @Test
  void nonAsciiTextSurvives() throws Exception {
    String text = "https://example.test/grüße/日本";
    assertEquals(text, decode(QrCodes.png(text, 300)));
  }

  @Test
  void smallestAndLargestSizesWork() throws Exception {
    assertEquals(URL, decode(QrCodes.png(URL, QrCodes.MIN_SIZE_PX)));
    assertEquals(URL, decode(QrCodes.png(URL, QrCodes.MAX_SIZE_PX)));
  }

  @Test
  void sizeAndTextAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> QrCodes.png(URL, 63));
    assertThrows(IllegalArgumentException.class, () -> QrCodes.png(URL, 2049));
    assertThrows(IllegalArgumentException.class, () -> QrCodes.png("", 256));
    assertThrows(IllegalArgumentException.class, () -> QrCodes.svg(null));
    String long_ = "https://example.test/" + "x".repeat(1000);
    IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class, () -> QrCodes.png(long_, 64));
    assertTrue(tooSmall.getMessage().contains("at least"), tooSmall.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QrCodes.svg("x".repeat(5000)));
  }

  @Test
  void svgIsWellFormedWithOnePath() throws Exception {
    String svg = QrCodes.svg(URL);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));

    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("crispEdges", root.getAttribute("shape-rendering"));
    String[] viewBox = root.getAttribute("viewBox").split(" ");
    int modules = Integer.parseInt(viewBox[2]);
    assertEquals((modules - 4 - 17) % 4, 0, "a QR version's side (17 + 4v) plus two quiet zones of 2");
    assertEquals(1, doc.getElementsByTagNameNS("*", "path").getLength());
    Element path = (Element) doc.getElementsByTagNameNS("*", "path").item(0);
    assertTrue(path.getAttribute("d").matches("(M\\d+ \\d+h\\d+v1h-\\d+z)+"), path.getAttribute("d"));
    assertTrue(path.getAttribute("d").startsWith("M2 2h7v1h-7z"), "finder pattern's top edge after the quiet zone");
    assertEquals("#fff", ((Element) doc.getElementsByTagNameNS("*", "rect").item(0)).getAttribute("fill"));
  }
}
