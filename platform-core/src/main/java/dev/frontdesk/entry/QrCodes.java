package dev.frontdesk.entry;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Renders a text, usually an entry URL, as a QR code in PNG or SVG. */
public final class QrCodes {

  public static final int MIN_SIZE_PX = 64;
  public static final int MAX_SIZE_PX = 2048;

  /** Modules of white around the code. The standard asks for 4; 2 still scans and wastes less of small images. */
  private static final int QUIET_ZONE = 2;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, // survives ~15% damage, e.g. a logo or a smudge
          EncodeHintType.CHARACTER_SET, "UTF-8",
          EncodeHintType.MARGIN, QUIET_ZONE);

  private QrCodes() {}

  /**
   * A square black-and-white PNG of exactly {@code sizePx} pixels. Every module gets the same whole number of
   * pixels so edges stay sharp; what is left over becomes extra white border.
   */
  public static byte[] png(String text, int sizePx) {
    if (sizePx < MIN_SIZE_PX || sizePx > MAX_SIZE_PX) {
      throw new IllegalArgumentException(
          "size must be " + MIN_SIZE_PX + " to " + MAX_SIZE_PX + " pixels, not " + sizePx);
    }
    BitMatrix modules = modules(text);
    int count = modules.getWidth();
    int scale = sizePx / count;
    if (scale == 0) {
      throw new IllegalArgumentException(
          "the text is too long for " + sizePx + " pixels; its QR code needs at least " + count);
    }
    int offset = (sizePx - count * scale) / 2;
    BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_BYTE_BINARY); // 1 bit per pixel
    WritableRaster raster = image.getRaster();
    int[] white = new int[sizePx * sizePx];
    Arrays.fill(white, 1); // index 1 of the binary palette is white
    raster.setSamples(0, 0, sizePx, sizePx, 0, white);
    int[] dark = new int[scale * scale]; // index 0 is black
    for (int y = 0; y < count; y++) {
      for (int x = 0; x < count; x++) {
        if (modules.get(x, y)) {
          raster.setSamples(offset + x * scale, offset + y * scale, scale, scale, 0, dark);
        }
      }
    }
    return encodePng(image);
  }

  /**
   * A compact SVG: a white square and one path of dark rectangles, one per horizontal run of dark modules. The
   * view box counts modules, so it scales to any size without blurring.
   */
  public static String svg(String text) {
    BitMatrix modules = modules(text);
    int count = modules.getWidth();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < count; y++) {
      for (int x = 0; x < count; x++) {
        if (!modules.get(x, y)) {
          continue;
        }
        int start = x;
        while (x + 1 < count && modules.get(x + 1, y)) {
          x++;
        }
        int run = x - start + 1;
        path.append('M').append(start).append(' ').append(y).append('h').append(run).append("v1h-").append(run)
            .append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + count + " " + count
        + "\" shape-rendering=\"crispEdges\"><rect width=\"" + count + "\" height=\"" + count
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }

  /** One bit per module, quiet zone included (width and height 0 ask ZXing for its smallest rendering). */
  private static BitMatrix modules(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("nothing to encode");
    }
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("the text is too long for a QR code", e);
    }
  }

  private static byte[] encodePng(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // An in-memory stream: ImageIO would otherwise buffer through a temporary file.
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this JDK");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
