package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.spi.PluginLog;
import dev.frontdesk.spi.OutboundMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends one business message as an email in the session's thread: "Re: subject", In-Reply-To the thread's
 * latest message, References the thread's chain, and a Message-ID of our own recorded in the thread so the
 * customer's answer finds its way back.
 */
final class ReplySender {

  private final EmailSettings settings;
  private final ThreadStore threads;
  private final PluginLog log;

  ReplySender(EmailSettings settings, ThreadStore threads, PluginLog log) {
    this.settings = settings;
    this.threads = threads;
    this.log = log;
  }

  /** Sends and returns the bare Message-ID; throws {@link MessagingException} with a message agents can read. */
  String send(OutboundMessage out) throws MessagingException {
    Optional<ThreadStore.EmailThread> thread =
        out.threadKey() == null ? Optional.empty() : threads.thread(out.threadKey());
    String to = recipient(out, thread);
    String messageId = newMessageId();

    Session session = settings.smtpSession();
    MimeMessage mail = new OwnIdMessage(session, messageId);
    mail.setFrom(from(out));
    mail.setRecipient(Message.RecipientType.TO, address(to, out.customer() == null ? null : out.customer().name()));
    mail.setSubject(thread.map(t -> Subjects.reply(t.subject())).orElse(newSubject()), "UTF-8");
    mail.setSentDate(out.sentAt() == null ? new Date() : Date.from(out.sentAt()));
    mail.setHeader("Auto-Submitted", "no");
    if (thread.isPresent()) {
      mail.setHeader("In-Reply-To", MessageIds.bracketed(thread.get().latest()));
      mail.setHeader("References", MessageIds.bracketed(thread.get().references()));
    }
    body(mail, out.content());
    mail.saveChanges();

    try {
      Transport.send(mail, settings.smtpUsername().isEmpty() ? null : settings.smtpUsername(),
          settings.smtpUsername().isEmpty() ? null : settings.smtpPassword());
    } catch (MessagingException e) {
      throw new MessagingException(
          "sending the email to " + to + " through " + settings.smtpWhere() + " failed: " + rootMessage(e), e);
    }

    try {
      record(out, thread, to, messageId);
    } catch (KeyValueStore.QuotaExceededException full) {
      // the email went out: reporting a failure would make agents send it twice
      log.warn("Reply {} was sent but not recorded for threading: {}", messageId, full.getMessage());
    }
    return messageId;
  }

  private void record(OutboundMessage out, Optional<ThreadStore.EmailThread> thread, String to, String messageId) {
    String threadKey = thread.map(ThreadStore.EmailThread::key).orElse(out.threadKey());
    if (threadKey != null) {
      threads.mapMessage(messageId, threadKey);
      threads.save(thread.map(t -> t.with(messageId)).orElseGet(() ->
          new ThreadStore.EmailThread(threadKey, newSubject(), to, messageId, java.util.List.of(messageId))));
    }
  }

  private static String recipient(OutboundMessage out, Optional<ThreadStore.EmailThread> thread)
      throws MessagingException {
    String to = thread.map(ThreadStore.EmailThread::customerEmail).filter(s -> !s.isBlank()).orElse(null);
    if (to == null && out.customer() != null) {
      to = out.customer().email() != null ? out.customer().email() : out.customer().id();
    }
    if (to == null || !to.contains("@")) {
      throw new MessagingException("the customer has no email address to reply to");
    }
    return to;
  }

  private InternetAddress from(OutboundMessage out) throws MessagingException {
    String name = !settings.fromName().isBlank() ? settings.fromName() : out.senderName();
    return address(settings.fromAddress(), name);
  }

  private static InternetAddress address(String email, String name) throws MessagingException {
    try {
      InternetAddress a = new InternetAddress(email, true);
      if (name != null && !name.isBlank()) {
        a.setPersonal(name.strip(), "UTF-8");
      }
      return a;
    } catch (AddressException e) {
      throw new MessagingException("'" + email + "' is not a valid email address", e);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e); // UTF-8 is always there
    }
  }

  private String newSubject() {
    String name = settings.fromName().isBlank() ? "us" : settings.fromName();
    return "Message from " + name;
  }

  private String newMessageId() {
    String domain = EmailSettings.domainOf(settings.fromAddress());
    return "fd." + UUID.randomUUID() + "@" + (domain.isEmpty() ? "frontdesk.invalid" : domain);
  }

  /** Text as text/plain UTF-8; a file as the one attachment (with its name as text, so it is never bodiless). */
  private static void body(MimeMessage mail, Content content) throws MessagingException {
    if (content instanceof Content.File f) {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(f.name(), "UTF-8", "plain");
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(new ByteArrayDataSource(f.data(), f.contentType())));
      file.setFileName(f.name());
      file.setDisposition(MimeBodyPart.ATTACHMENT);
      mail.setContent(new MimeMultipart("mixed", text, file));
    } else {
      mail.setText(OutboundText.render(content), "UTF-8", "plain");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return t == e ? m.strip() : e.getMessage().strip() + " (" + m.strip() + ")";
  }

  /** Jakarta Mail replaces the Message-ID on save; this keeps the one recorded for threading. */
  private static final class OwnIdMessage extends MimeMessage {
    private final String id;

    OwnIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", MessageIds.bracketed(id));
    }
  }
}
