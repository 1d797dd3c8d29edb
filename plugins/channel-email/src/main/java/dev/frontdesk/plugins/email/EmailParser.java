package dev.frontdesk.plugins.email;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Turns a MIME message into a {@link ParsedEmail}: the sender, the threading headers, the body text (text/plain
 * preferred, else text from the HTML), and the attachments within the size limit.
 */
final class EmailParser {

  /** Nesting deeper than this is not a real mail client's; it stops malicious recursion. */
  private static final int MAX_DEPTH = 20;
  private static final int MAX_ATTACHMENTS = 20;

  private final long maxAttachmentBytes;

  EmailParser(long maxAttachmentBytes) {
    this.maxAttachmentBytes = maxAttachmentBytes;
  }

  ParsedEmail parse(MimeMessage m) throws MessagingException, IOException {
    InternetAddress from = sender(m);
    String rawId = m.getMessageID();
    String messageId = MessageIds.first(rawId);
    if (messageId == null) {
      messageId = "nomid." + MessageIds.sha256(fallbackIdentity(m, from)) + "@frontdesk.invalid";
    }
    String inReplyTo = MessageIds.first(m.getHeader("In-Reply-To", " "));
    LinkedHashSet<String> refs = new LinkedHashSet<>(MessageIds.parse(m.getHeader("References", " ")));
    if (inReplyTo != null) {
      refs.add(inReplyTo);
    }
    refs.remove(messageId);

    Bodies bodies = new Bodies();
    walk(m, bodies, 0);
    String text;
    if (bodies.plain != null && !bodies.plain.isBlank()) {
      text = bodies.plain;
    } else if (bodies.html != null) {
      text = HtmlText.toText(bodies.html);
    } else {
      text = "";
    }
    text = QuoteStripper.strip(text);

    String subject = m.getSubject();
    return new ParsedEmail(
        from.getAddress().toLowerCase(Locale.ROOT),
        from.getPersonal(),
        subject == null ? "" : subject.replaceAll("\\s+", " ").strip(),
        messageId,
        inReplyTo,
        new ArrayList<>(refs),
        text,
        bodies.attachments,
        bodies.skipped);
  }

  private static InternetAddress sender(MimeMessage m) throws MessagingException {
    Address[] from;
    try {
      from = m.getFrom();
    } catch (jakarta.mail.internet.AddressException e) {
      throw new MessagingException("unreadable From: " + e.getMessage(), e);
    }
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress a) || a.getAddress() == null
        || !a.getAddress().contains("@")) {
      throw new MessagingException("the email has no usable From address");
    }
    return a;
  }

  /** A stable stand-in for a missing Message-ID: the same message polled twice hashes the same. */
  private static String fallbackIdentity(MimeMessage m, InternetAddress from) throws MessagingException {
    return from.getAddress() + "|" + m.getHeader("Date", ",") + "|" + m.getSubject() + "|" + m.getSize();
  }

  private static final class Bodies {
    String plain;
    String html;
    final List<ParsedEmail.Attachment> attachments = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
  }

  private void walk(Part part, Bodies out, int depth) throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    String type = baseType(part);
    if (type.startsWith("multipart/")) {
      Object content = part.getContent();
      if (content instanceof Multipart mp) {
        if (type.equals("multipart/alternative")) {
          alternative(mp, out, depth);
        } else {
          for (int i = 0; i < mp.getCount(); i++) {
            walk(mp.getBodyPart(i), out, depth + 1);
          }
        }
      }
      return;
    }
    boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName(part) != null;
    if (!attachment && type.equals("text/plain") && out.plain == null) {
      out.plain = text(part);
    } else if (!attachment && type.equals("text/html") && out.html == null) {
      out.html = text(part);
    } else if (!attachment && type.equals("text/plain")) {
      // a further inline text part (some clients split a body around an image): keep it with the body
      out.plain = out.plain + "\n" + text(part);
    } else if (!attachment && type.equals("text/html")) {
      out.html = out.html + "<br>" + text(part);
    } else {
      attach(part, type, out);
    }
  }

  /** The richest readable alternative: text/plain for the body, the HTML kept as fallback. */
  private void alternative(Multipart mp, Bodies out, int depth) throws MessagingException, IOException {
    Bodies inner = new Bodies();
    for (int i = 0; i < mp.getCount(); i++) {
      walk(mp.getBodyPart(i), inner, depth + 1);
    }
    if (out.plain == null) {
      out.plain = inner.plain;
    }
    if (out.html == null) {
      out.html = inner.html;
    }
    out.attachments.addAll(inner.attachments);
    out.skipped.addAll(inner.skipped);
  }

  private void attach(Part part, String type, Bodies out) throws MessagingException, IOException {
    String name = fileName(part);
    if (name == null) {
      name = type.equals("message/rfc822") ? "message.eml" : "attachment" + extension(type);
    }
    if (out.attachments.size() >= MAX_ATTACHMENTS) {
      out.skipped.add(name + " (more than " + MAX_ATTACHMENTS + " attachments)");
      return;
    }
    long estimated = decodedSize(part);
    if (estimated > maxAttachmentBytes) { // known too large before downloading it
      out.skipped.add(name + " (about " + megabytes(estimated) + ", over the " + megabytes(maxAttachmentBytes) + " limit)");
      return;
    }
    byte[] data = readAtMost(part, maxAttachmentBytes);
    if (data == null) {
      out.skipped.add(name + " (over the " + megabytes(maxAttachmentBytes) + " limit)");
      return;
    }
    out.attachments.add(new ParsedEmail.Attachment(name, type, data));
  }

  /**
   * The file's size from the transfer-encoded size the server reports, or -1 when unknown. Base64 lines carry 57
   * bytes in 78 characters; quoted-printable cannot be estimated (it may be up to three times larger).
   */
  private static long decodedSize(Part part) throws MessagingException {
    int size = part.getSize();
    if (size <= 0 || !(part instanceof jakarta.mail.internet.MimePart mp)) {
      return -1;
    }
    String encoding = mp.getEncoding() == null ? "7bit" : mp.getEncoding().toLowerCase(Locale.ROOT);
    return switch (encoding) {
      case "base64" -> size * 57L / 78;
      case "7bit", "8bit", "binary" -> size;
      default -> -1;
    };
  }

  private static byte[] readAtMost(Part part, long max) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] chunk = new byte[64 * 1024];
      int n;
      while ((n = in.read(chunk)) > 0) {
        if (buf.size() + (long) n > max) {
          return null;
        }
        buf.write(chunk, 0, n);
      }
      return buf.toByteArray();
    }
  }

  private static String text(Part part) throws MessagingException, IOException {
    Object content;
    try {
      content = part.getContent();
    } catch (java.io.UnsupportedEncodingException e) {
      content = null; // an unknown charset: read the bytes as UTF-8 below rather than lose the body
    }
    if (content instanceof String s) {
      return s;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), charset(part));
    }
  }

  private static Charset charset(Part part) {
    try {
      String cs = new ContentType(part.getContentType()).getParameter("charset");
      return cs == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(cs));
    } catch (Exception e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static String fileName(Part part) {
    try {
      String name = part.getFileName();
      return name == null || name.isBlank() ? null : MimeUtility.decodeText(name).strip();
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      return null;
    }
  }

  private static String baseType(Part part) throws MessagingException {
    String raw = part.getContentType();
    if (raw == null) {
      return "text/plain";
    }
    try {
      return new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
    } catch (ParseException e) {
      return "application/octet-stream";
    }
  }

  private static String extension(String type) {
    return switch (type) {
      case "image/png" -> ".png";
      case "image/jpeg" -> ".jpg";
      case "image/gif" -> ".gif";
      case "application/pdf" -> ".pdf";
      case "text/calendar" -> ".ics";
      default -> type.startsWith("text/") ? ".txt" : ".bin";
    };
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
