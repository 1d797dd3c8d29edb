package dev.frontdesk.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Keeps attachments as files under one directory, one file per key. Each upload goes to a temporary file beside
 * its final place and is moved there atomically once complete and flushed to disk, so a crash or a refused upload
 * never leaves a partial object under a key. Leftover temporary files start with a dot and never match a key.
 */
public final class LocalDirectoryStore implements AttachmentStore {

  private static final int BUFFER = 64 * 1024;

  private final Path root;

  public LocalDirectoryStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public StoredObject put(String tenantId, InputStream bytes, long maxBytes) throws IOException {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes " + maxBytes);
    }
    String key = Keys.newKey(tenantId);
    Path target = pathOf(key);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
    try {
      StoredObject stored = copy(key, bytes, temp, maxBytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return stored;
    } finally {
      Files.deleteIfExists(temp); // a no-op after the move
    }
  }

  /** Copies, hashing and counting as it goes, and stops reading as soon as the limit is passed. */
  private static StoredObject copy(String key, InputStream in, Path temp, long maxBytes) throws IOException {
    MessageDigest sha256 = sha256();
    byte[] head = new byte[ContentSniffer.HEAD_BYTES];
    int headLength = 0;
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        size += n;
        if (size > maxBytes) {
          throw new AttachmentRejected(
              AttachmentRejected.Reason.TOO_LARGE,
              "uploads may be at most " + Sizes.mib(maxBytes) + " here; this one is larger");
        }
        int toHead = Math.min(n, head.length - headLength);
        System.arraycopy(buffer, 0, head, headLength, toHead);
        headLength += toHead;
        sha256.update(buffer, 0, n);
        for (ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n); chunk.hasRemaining(); ) {
          out.write(chunk);
        }
      }
      out.force(true); // on disk before the rename makes it visible
    }
    return new StoredObject(key, size, HexFormat.of().formatHex(sha256.digest()), Arrays.copyOf(head, headLength));
  }

  @Override
  public InputStream open(String key) throws IOException {
    return Files.newInputStream(pathOf(key));
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(pathOf(key));
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(pathOf(key));
  }

  private Path pathOf(String key) {
    Path path = root.resolve(Keys.requireValid(key)).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("not an attachment key"); // unreachable with valid keys; kept as a guard
    }
    return path;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
