package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.PluginConfig;
import jakarta.mail.Session;
import java.util.Locale;
import java.util.Properties;

/** One binding's configuration, read once per use from {@link PluginConfig} with the schema's defaults. */
record EmailSettings(
    String imapHost,
    int imapPort,
    String imapSecurity,
    String username,
    String password,
    String folder,
    String smtpHost,
    int smtpPort,
    String smtpSecurity,
    String smtpUsername,
    String smtpPassword,
    String fromAddress,
    String fromName,
    int pollIntervalSeconds,
    boolean useIdle,
    int initialBacklog,
    int maxAttachmentMb) {

  static final int CONNECT_TIMEOUT_MS = 15_000;
  static final int READ_TIMEOUT_MS = 30_000;

  static EmailSettings of(Binding binding) {
    PluginConfig c = binding.config();
    String user = c.string("username", "");
    String password = c.string("password", "");
    return new EmailSettings(
        c.string("imapHost", ""),
        (int) c.integer("imapPort", 993),
        c.string("imapSecurity", "ssl"),
        user,
        password,
        c.string("folder", "INBOX"),
        c.string("smtpHost", ""),
        (int) c.integer("smtpPort", 587),
        c.string("smtpSecurity", "starttls"),
        blankTo(c.string("smtpUsername", ""), user),
        blankTo(c.string("smtpPassword", ""), password),
        c.string("fromAddress", ""),
        c.string("fromName", ""),
        (int) Math.max(10, c.integer("pollIntervalSeconds", 60)),
        c.bool("useIdle", true),
        (int) Math.max(0, Math.min(50, c.integer("initialBacklog", 0))),
        (int) Math.max(1, Math.min(20, c.integer("maxAttachmentMb", 20))));
  }

  long maxAttachmentBytes() {
    return maxAttachmentMb * 1024L * 1024L;
  }

  /** Identifies the mailbox read, without secrets: a change of it restarts the UID bookkeeping. */
  String mailboxIdentity() {
    return username.toLowerCase(Locale.ROOT) + "@" + imapHost.toLowerCase(Locale.ROOT) + ":" + imapPort + "/" + folder;
  }

  /** What the IDLE worker depends on, without secrets in clear: a change restarts it. */
  String workerFingerprint() {
    return mailboxIdentity() + "|" + imapSecurity + "|" + Integer.toHexString(password.hashCode()) + "|" + useIdle;
  }

  String imapWhere() {
    return username + " at " + imapHost + ":" + imapPort;
  }

  String smtpWhere() {
    return smtpHost + ":" + smtpPort;
  }

  /**
   * An IMAP session. {@code readTimeoutMs} bounds every read; the IDLE worker passes a longer one than its
   * keep-alive so that an idle connection is not cut by its own timeout.
   */
  Session imapSession(int readTimeoutMs) {
    Properties p = new Properties();
    p.put("mail.store.protocol", "imap");
    p.put("mail.imap.host", imapHost);
    p.put("mail.imap.port", String.valueOf(imapPort));
    p.put("mail.imap.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
    p.put("mail.imap.timeout", String.valueOf(readTimeoutMs));
    p.put("mail.imap.peek", "true");
    security(p, "imap", imapSecurity);
    return Session.getInstance(p);
  }

  Session smtpSession() {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", smtpHost);
    p.put("mail.smtp.port", String.valueOf(smtpPort));
    p.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
    p.put("mail.smtp.timeout", String.valueOf(READ_TIMEOUT_MS));
    p.put("mail.smtp.writetimeout", String.valueOf(READ_TIMEOUT_MS));
    p.put("mail.smtp.auth", String.valueOf(!smtpUsername.isEmpty()));
    String domain = domainOf(fromAddress);
    if (!domain.isEmpty()) {
      p.put("mail.smtp.localhost", domain);
    }
    security(p, "smtp", smtpSecurity);
    return Session.getInstance(p);
  }

  private static void security(Properties p, String protocol, String security) {
    switch (security.toLowerCase(Locale.ROOT)) {
      case "ssl" -> {
        p.put("mail." + protocol + ".ssl.enable", "true");
        p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
      }
      case "starttls" -> {
        // required: never fall back to sending the password in clear when the server does not offer TLS
        p.put("mail." + protocol + ".starttls.enable", "true");
        p.put("mail." + protocol + ".starttls.required", "true");
        p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
      }
      default -> {}
    }
  }

  static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "" : address.substring(at + 1).trim().toLowerCase(Locale.ROOT);
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
