package dev.frontdesk.attachments;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What {@link AttachmentStore#put} wrote.
 *
 * @param key where the store keeps the bytes; opaque to callers
 * @param size the number of bytes
 * @param sha256 the SHA-256 of the bytes, lowercase hex
 * @param head the first bytes (at most {@link ContentSniffer#HEAD_BYTES}), for sniffing the type
 */
public record StoredObject(String key, long size, String sha256, byte[] head) {

  public StoredObject {
    head = head.clone(); // a record is a value: nobody may change its bytes under it
  }

  @Override
  public byte[] head() {
    return head.clone();
  }

  /** The media type of the stored bytes, as {@link ContentSniffer} sees their head. */
  public Optional<String> sniffedType() {
    return ContentSniffer.sniff(head);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredObject s
        && key.equals(s.key)
        && size == s.size
        && sha256.equals(s.sha256)
        && Arrays.equals(head, s.head);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + sha256.hashCode();
  }

  @Override
  public String toString() {
    return "StoredObject[key=" + key + ", size=" + size + ", sha256=" + sha256 + ", head="
        + HexFormat.of().formatHex(head) + "]";
  }
}
