package dev.frontdesk.attachments;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes live. The store makes up every key itself, so a key never carries user input into a
 * path; keys that were not made by a store are refused. Typical use: {@link #put} with the kind's limit, then
 * {@link AttachmentKind#check} the returned head and size, and {@link #delete} the object if the kind refuses it.
 */
public interface AttachmentStore {

  /**
   * Streams the bytes into the store. Nothing is visible under the key until every byte is written.
   *
   * @param maxBytes the most bytes taken; past that the upload stops, nothing is kept, and {@link
   *     AttachmentRejected} ({@code TOO_LARGE}) is thrown
   */
  StoredObject put(String tenantId, InputStream bytes, long maxBytes) throws IOException;

  /** The stored bytes; {@link java.nio.file.NoSuchFileException} when there is no object under the key. */
  InputStream open(String key) throws IOException;

  /** Removes the object; nothing happens when there is none. */
  void delete(String key) throws IOException;

  boolean exists(String key);
}
