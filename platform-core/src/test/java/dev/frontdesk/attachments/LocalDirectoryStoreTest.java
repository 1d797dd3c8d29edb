package dev.frontdesk.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryStoreTest {

  private static final String TENANT = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  @TempDir Path dir;

  /** The store's root sits one level down, so "../secret.txt" would point at a real file beside it. */
  private Path root;

  @BeforeEach
  void setUp() {
    root = dir.resolve("attachments");
  }

  private LocalDirectoryStore store() {
    return new LocalDirectoryStore(root);
  }

  @Test
  void roundTrip() throws Exception {
    byte[] data = new byte[300_000];
    new Random(42).nextBytes(data);
    System.arraycopy("GIF89a".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 6);

    StoredObject stored = store().put(TENANT, new ByteArrayInputStream(data), data.length);

    assertTrue(stored.key().startsWith(TENANT + "/"), stored.key());
    assertEquals(data.length, stored.size());
    assertArrayEquals(Arrays.copyOf(data, ContentSniffer.HEAD_BYTES), stored.head());
    assertEquals("image/gif", stored.sniffedType().orElseThrow());
    assertTrue(store().exists(stored.key()));
    try (InputStream in = store().open(stored.key())) {
      assertArrayEquals(data, in.readAllBytes());
    }
    assertEquals(List.of(), temporaryFiles(), "the temporary file became the object");

    store().delete(stored.key());
    assertFalse(store().exists(stored.key()));
    assertThrows(NoSuchFileException.class, () -> store().open(stored.key()));
    store().delete(stored.key()); // twice is fine
  }

  @Test
  void sha256IsTheDigestOfTheBytes() throws Exception {
    StoredObject abc = store().put(TENANT, new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3);
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", abc.sha256());
    assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), abc.head(), "short files have a short head");

    byte[] data = new byte[200_000];
    new Random(7).nextBytes(data);
    StoredObject big = store().put(TENANT, new ByteArrayInputStream(data), data.length);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    assertEquals(expected, big.sha256());
  }

  @Test
  void keysAreFreshEachTime() throws Exception {
    StoredObject a = store().put(TENANT, new ByteArrayInputStream(new byte[] {1}), 10);
    StoredObject b = store().put(TENANT, new ByteArrayInputStream(new byte[] {1}), 10);
    assertNotEquals(a.key(), b.key());
    assertEquals(a.sha256(), b.sha256());
  }

  @Test
  void sizeLimitStopsTheUploadAndKeepsNothing() throws Exception {
    long limit = 100_000;
    Endless endless = new Endless();

    AttachmentRejected e = assertThrows(AttachmentRejected.class, () -> store().put(TENANT, endless, limit));

    assertEquals(AttachmentRejected.Reason.TOO_LARGE, e.reason());
    assertTrue(endless.served < limit + 1024 * 1024, "reading stopped soon after the limit: " + endless.served);
    assertEquals(List.of(), regularFiles(), "neither the temporary file nor an object is left");
  }

  @Test
  void exactlyTheLimitIsAllowed() throws Exception {
    StoredObject stored = store().put(TENANT, new ByteArrayInputStream(new byte[1000]), 1000);
    assertEquals(1000, stored.size());
    assertThrows(
        AttachmentRejected.class, () -> store().put(TENANT, new ByteArrayInputStream(new byte[1001]), 1000));
  }

  @Test
  void aFailingUploadLeavesNothing() throws Exception {
    InputStream broken =
        new InputStream() {
          private int left = 5000;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) {
              throw new IOException("connection reset");
            }
            return 'x';
          }
        };
    assertThrows(IOException.class, () -> store().put(TENANT, broken, 10_000));
    assertEquals(List.of(), regularFiles());
  }

  @Test
  void pathTraversalAndForeignKeysAreRefused() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    StoredObject stored = store().put(TENANT, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
    String[] parts = stored.key().split("/");
    for (String bad :
        List.of(
            "../secret.txt",
            TENANT + "/../../secret.txt",
            TENANT + "/" + parts[1] + "/" + parts[2] + "/../" + parts[2] + "/" + parts[3],
            "/etc/passwd",
            root.resolve(stored.key()).toString(),
            "C:\\Windows\\win.ini",
            TENANT + "\\" + parts[1] + "\\" + parts[2] + "\\" + parts[3],
            stored.key() + "/",
            "",
            TENANT)) {
      assertThrows(IllegalArgumentException.class, () -> store().open(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> store().delete(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> store().exists(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> store().open(null));
    assertTrue(store().exists(stored.key()), "the real object is untouched");
    assertEquals("secret", Files.readString(dir.resolve("secret.txt")));
  }

  @Test
  void tenantIdsCannotEscapeTheRoot() {
    for (String bad : Arrays.asList("..", "../x", "a/b", "", null, "/tmp")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> store().put(bad, new ByteArrayInputStream(new byte[] {1}), 10),
          String.valueOf(bad));
    }
  }

  private List<Path> regularFiles() throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private List<Path> temporaryFiles() throws IOException {
    return regularFiles().stream().filter(p -> p.getFileName().toString().startsWith(".")).toList();
  }

  /** A stream that never ends, counting what it hands out, as a client would that lies about its size. */
  private static final class Endless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      served += len;
      return len;
    }
  }
}
