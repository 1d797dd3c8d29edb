package dev.frontdesk.plugins.email;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;

/** Builds the customers' side of the tests: emails with chosen ids and threading headers. */
final class Mails {

  private Mails() {}

  static Builder from(String from) {
    return new Builder(from);
  }

  static final class Builder {
    private final String from;
    private String to = "support@example.com";
    private String subject = "Hello";
    private String text = "";
    private String html;
    private String messageId;
    private String inReplyTo;
    private String references;
    private String attachmentName;
    private String attachmentType;
    private byte[] attachment;

    Builder(String from) {
      this.from = from;
    }

    Builder subject(String s) {
      subject = s;
      return this;
    }

    Builder text(String t) {
      text = t;
      return this;
    }

    Builder html(String h) {
      html = h;
      return this;
    }

    Builder id(String id) {
      messageId = id;
      return this;
    }

    Builder inReplyTo(String id) {
      inReplyTo = id;
      return this;
    }

    Builder references(String refs) {
      references = refs;
      return this;
    }

    Builder attach(String name, String type, byte[] data) {
      attachmentName = name;
      attachmentType = type;
      attachment = data;
      return this;
    }

    MimeMessage build() throws Exception {
      return build(Session.getInstance(new Properties()));
    }

    private MimeMessage build(Session session) throws Exception {
      String id = messageId;
      MimeMessage m =
          new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
              if (id != null) {
                setHeader("Message-ID", "<" + id + ">");
              } else {
                super.updateMessageID();
              }
            }
          };
      m.setFrom(new InternetAddress(from));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      m.setSubject(subject, "UTF-8");
      if (inReplyTo != null) {
        m.setHeader("In-Reply-To", "<" + inReplyTo + ">");
      }
      if (references != null) {
        m.setHeader("References", references);
      }
      MimeBodyPart body = new MimeBodyPart();
      if (html != null) {
        body.setText(html, "UTF-8", "html");
      } else {
        body.setText(text, "UTF-8", "plain");
      }
      if (attachment == null) {
        m.setContent(new MimeMultipart("mixed", body));
      } else {
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, attachmentType)));
        file.setFileName(attachmentName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        m.setContent(new MimeMultipart("mixed", body, file));
      }
      m.saveChanges();
      return m;
    }

    /** Sends it through the test SMTP server, as the customer's mail client would. */
    void send(String host, int port) throws Exception {
      Properties p = new Properties();
      p.put("mail.smtp.host", host);
      p.put("mail.smtp.port", String.valueOf(port));
      Transport.send(build(Session.getInstance(p)));
    }
  }
}
