/**
 * Files that travel with messages: images, videos, voice notes, stickers, avatars and plain files. A file's type is
 * decided from its bytes ({@link dev.frontdesk.attachments.ContentSniffer}), never from its name or the client's
 * Content-Type, and each {@link dev.frontdesk.attachments.AttachmentKind} says which types and sizes it takes. The
 * bytes live in an {@link dev.frontdesk.attachments.AttachmentStore} under keys the store makes up itself. Plain
 * classes, no CDI: the application wires the store it wants.
 */
package dev.frontdesk.attachments;
