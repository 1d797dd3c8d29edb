/**
 * Files that travel with messages: images, videos, voice notes, stickers, avatars and plain files. A file's type is
 * decided from its bytes ({@link dev.frontdesk.attachments.ContentSniffer}), never from its name or the client's
 * Content-Type, and each {@link dev.frontdesk.attachments.AttachmentKind} says which types and sizes it takes. The
 * bytes live in an {@link dev.frontdesk.attachments.AttachmentStore} under keys the store makes up itself.
 *
 * <p>The pure parts (sniffing, kinds, names, byte ranges, link signatures, the local store) are plain classes; the
 * application wires them in {@link dev.frontdesk.attachments.Attachments} (uploads and their records), {@link
 * dev.frontdesk.attachments.FileLinks} (signed, expiring download links) and the upload and download resources.
 * An upload belongs to its uploader until they send it in a message; unsent uploads are deleted after a day.
 */
package dev.frontdesk.attachments;
