package dev.frontdesk.plugins.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.testing.TestConversations;
import dev.frontdesk.spi.testing.TestHost;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The channel against real SMTP and IMAP servers (GreenMail), through the SPI test host. */
class EmailChannelTest {

  @RegisterExtension
  static final GreenMailExtension mail =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@example.com", "support", "secret"));

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  private GreenMailUser support;

  @BeforeEach
  void mailbox() {
    support = mail.setUser("support@example.com", "support", "secret");
  }

  private Map<String, Object> config() {
    Map<String, Object> c = new HashMap<>();
    c.put("imapHost", mail.getImap().getBindTo());
    c.put("imapPort", mail.getImap().getPort());
    c.put("imapSecurity", "none");
    c.put("username", "support");
    c.put("password", "secret");
    c.put("smtpHost", mail.getSmtp().getBindTo());
    c.put("smtpPort", mail.getSmtp().getPort());
    c.put("smtpSecurity", "none");
    c.put("fromAddress", "support@example.com");
    c.put("fromName", "Acme Support");
    c.put("useIdle", false);
    return c;
  }

  private static EmailChannel channel(TestHost host) {
    return (EmailChannel) host.extension(ChannelPlugin.class);
  }

  /** A host whose channel reads only when a test says so, so that every read is the test's own. */
  private static TestHost host() throws Exception {
    TestHost host = TestHost.start();
    channel(host).stopTicker();
    return host;
  }

  private static String text(TestConversations.Message m) {
    return assertInstanceOf(Content.Text.class, m.content()).text();
  }

  @Test
  void aCustomerEmailWithAnAttachmentBecomesASessionWithTextAndFile() throws Exception {
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config());
      channel(host).pollNow(b); // first contact: reading starts from now
      support.deliver(
          Mails.from("Ann Lee <Ann.Lee@Customer.example>")
              .id("first@customer.example")
              .subject("Order 1234 is late")
              .text("Where is my order?\n\nOn Mon, 2 Jun 2025 at 09:00, Shop <shop@example.com> wrote:\n> Your order shipped.")
              .attach("receipt.png", "image/png", PNG)
              .build());

      assertEquals(1, channel(host).pollNow(b).delivered());
      List<TestConversations.Session> sessions = host.conversations().sessions();
      assertEquals(1, sessions.size());
      TestConversations.Session s = sessions.get(0);
      assertEquals("first@customer.example", s.threadKey());
      assertEquals("ann.lee@customer.example", s.customer().id());
      assertEquals("Ann Lee", s.customer().name());
      assertEquals("acct-1", s.accountId());
      List<TestConversations.Message> messages = s.messages();
      assertEquals(2, messages.size());
      assertEquals("Subject: Order 1234 is late\n\nWhere is my order?", text(messages.get(0)));
      Content.File file = assertInstanceOf(Content.File.class, messages.get(1).content());
      assertEquals("image", file.kind());
      assertEquals("receipt.png", file.name());
      assertEquals("image/png", file.contentType());
      assertArrayEquals(PNG, file.data());
      assertEquals(1, host.counter("received"));
    }
  }

  @Test
  void repliesAreThreadedAndTheCustomersAnswerLandsInTheSameSession() throws Exception {
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config());
      channel(host).pollNow(b);
      support.deliver(Mails.from("ann@customer.example").id("q1@customer.example").subject("Refund")
          .text("I want my money back.").build());
      channel(host).pollNow(b);
      String session = host.conversations().sessions().get(0).id();

      String first = host.reply(b, session, Content.text("Sorry to hear that. Which order?"));
      String second = host.reply(b, session, new Content.File("file", "policy.pdf", "application/pdf", "%PDF-1.4".getBytes()));

      assertTrue(mail.waitForIncomingEmail(2));
      MimeMessage[] inbox = mail.getReceivedMessagesForDomain("customer.example");
      assertEquals(2, inbox.length);
      MimeMessage a = inbox[0];
      assertEquals("Re: Refund", a.getSubject());
      assertEquals("<" + first + ">", a.getMessageID());
      assertTrue(first.endsWith("@example.com"), first);
      assertEquals("<q1@customer.example>", a.getHeader("In-Reply-To", null));
      assertEquals("<q1@customer.example>", a.getHeader("References", null));
      InternetAddress from = (InternetAddress) a.getFrom()[0];
      assertEquals("support@example.com", from.getAddress());
      assertEquals("Acme Support", from.getPersonal());
      assertEquals("Sorry to hear that. Which order?", ((String) a.getContent()).strip());
      assertTrue(a.getContentType().toLowerCase().contains("utf-8"));

      MimeMessage c = inbox[1];
      assertEquals("<" + first + ">", c.getHeader("In-Reply-To", null));
      assertEquals("<q1@customer.example> <" + first + ">", c.getHeader("References", null));
      Part attached = ((Multipart) c.getContent()).getBodyPart(1);
      assertEquals(Part.ATTACHMENT, attached.getDisposition());
      assertEquals("policy.pdf", attached.getFileName());
      assertArrayEquals("%PDF-1.4".getBytes(), attached.getInputStream().readAllBytes());

      // the customer answers the latest reply, from a client that quotes it
      Mails.from("Ann <ann@customer.example>").id("a2@customer.example").subject("Re: Re: Refund")
          .inReplyTo(second).references("<q1@customer.example> <" + first + "> <" + second + ">")
          .text("Order 1234, thanks!\n\nOn Tue, 3 Jun 2025, Acme Support <support@example.com>\nwrote:\n> policy.pdf")
          .send(mail.getSmtp().getBindTo(), mail.getSmtp().getPort());
      channel(host).pollNow(b);

      assertEquals(1, host.conversations().sessions().size());
      List<TestConversations.Message> messages = host.conversations().session(session).messages();
      assertEquals(4, messages.size());
      assertEquals("Order 1234, thanks!", text(messages.get(3)));
      assertEquals(2, host.counter("sent"));
    }
  }

  @Test
  void aNewSubjectIsANewSessionAndRepollingNeverDuplicates() throws Exception {
    support.deliver(Mails.from("bob@customer.example").id("b1@customer.example").subject("Invoice").text("Where is it?").build());
    support.deliver(Mails.from("bob@customer.example").id("b2@customer.example").subject("Password").text("Locked out.").build());
    Map<String, Object> config = config();
    config.put("initialBacklog", 5);
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config);

      assertEquals(2, channel(host).pollNow(b).delivered()); // the backlog
      assertEquals(0, channel(host).pollNow(b).delivered());
      // the cursor lost (a restored store, another node): the same emails again are recognised as delivered
      b.store().delete("imap/acct-1");
      assertEquals(0, channel(host).pollNow(b).delivered());

      List<TestConversations.Session> sessions = host.conversations().sessions();
      assertEquals(2, sessions.size());
      assertNotEquals(sessions.get(0).threadKey(), sessions.get(1).threadKey());
      sessions.forEach(s -> assertEquals(1, s.messages().size()));
      assertEquals(2, host.counter("received"));
    }
  }

  @Test
  void emailsReferencingAnUnknownThreadShareItsOldestReference() throws Exception {
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config());
      channel(host).pollNow(b);
      // a thread that began before the channel was set up: its root is unknown here
      support.deliver(Mails.from("cy@customer.example").id("c3@customer.example").subject("Re: Delivery")
          .references("<c1@customer.example> <c2@customer.example>").inReplyTo("c2@customer.example")
          .text("Any news?").build());
      support.deliver(Mails.from("cy@customer.example").id("c4@customer.example").subject("Re: Delivery")
          .inReplyTo("c2@customer.example").text("Hello?").build());
      channel(host).pollNow(b);

      List<TestConversations.Session> sessions = host.conversations().sessions();
      assertEquals(1, sessions.size());
      assertEquals("c1@customer.example", sessions.get(0).threadKey());
      assertEquals(List.of("Subject: Re: Delivery\n\nAny news?", "Hello?"),
          sessions.get(0).messages().stream().map(EmailChannelTest::text).toList());
    }
  }

  @Test
  void oversizedAttachmentsAreSkippedAndSaidSo() throws Exception {
    Map<String, Object> config = config();
    config.put("maxAttachmentMb", 1);
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config);
      channel(host).pollNow(b);
      support.deliver(Mails.from("dee@customer.example").subject("Logs").text("Attached.")
          .attach("server.log", "text/plain", new byte[1_600_000]).build());
      channel(host).pollNow(b);

      List<TestConversations.Message> messages = host.conversations().sessions().get(0).messages();
      assertEquals(1, messages.size());
      String text = text(messages.get(0));
      assertEquals("Subject: Logs\n\nAttached.\n[Attachment skipped: server.log (about 1.5 MB, over the 1.0 MB limit)]", text);
    }
  }

  @Test
  void htmlOnlyEmailsAreReadAsText() throws Exception {
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config());
      channel(host).pollNow(b);
      support.deliver(Mails.from("eve@customer.example").subject("Hi")
          .html("<html><head><style>p{}</style></head><body><p>Hello&nbsp;team,</p><p>see <a href=\"https://x.example/o/1\">my order</a></p>"
              + "<div class=\"gmail_quote\">On Mon, 2 Jun 2025 Shop &lt;s@example.com&gt; wrote:<blockquote>old</blockquote></div></body></html>")
          .build());
      channel(host).pollNow(b);

      assertEquals("Subject: Hi\n\nHello team,\nsee my order (https://x.example/o/1)",
          text(host.conversations().sessions().get(0).messages().get(0)));
    }
  }

  @Test
  void idleDeliversNewEmailsWithoutPolling() throws Exception {
    Map<String, Object> config = config();
    config.put("useIdle", true);
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config);
      channel(host).tick(); // starts the worker: it reads once (setting the cursor) and then IDLEs
      waitFor(() -> channel(host).status(b).idling(), "the IDLE worker to be idling");

      support.deliver(Mails.from("fay@customer.example").id("f1@customer.example").subject("Quick one").text("Hi!").build());

      waitFor(() -> !host.conversations().sessions().isEmpty(), "the email to arrive");
      assertEquals("Subject: Quick one\n\nHi!", text(host.conversations().sessions().get(0).messages().get(0)));
      assertTrue(host.recorded("poll.ms").isEmpty(), "delivered by the IDLE worker, not by a scheduled poll");
      assertTrue(channel(host).status(b).workerActive());

      host.unbind(b);
      channel(host).tick(); // the binding went: its worker goes too
      waitFor(() -> !channel(host).status(b).workerActive(), "the worker to stop");
    }
  }

  @Test
  void scheduledPollsReadDueMailboxes() throws Exception {
    support.deliver(Mails.from("ida@customer.example").subject("Waiting").text("Before you started").build());
    Map<String, Object> config = config();
    config.put("initialBacklog", 1);
    try (TestHost host = TestHost.start()) { // the plugin's own ticker
      host.bind("t1", "acct-1", config);

      waitFor(() -> !host.conversations().sessions().isEmpty(), "a scheduled poll");

      assertEquals("Subject: Waiting\n\nBefore you started",
          text(host.conversations().sessions().get(0).messages().get(0)));
      assertEquals(1, host.recorded("poll.ms").size(), "one poll, the next is a minute away");
    }
  }

  @Test
  void wrongCredentialsFailClearlyAndBackOff() throws Exception {
    Map<String, Object> config = config();
    config.put("password", "wrong-password");
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config);

      Instant before = Instant.now();
      MessagingException e = assertThrows(MessagingException.class, () -> channel(host).pollNow(b));
      assertTrue(e.getMessage().contains("reading the mailbox support at ")
          && e.getMessage().contains("refused the user name or password"), e.getMessage());
      BindingState.Status s = channel(host).status(b);
      assertEquals(1, s.failures());
      assertFalse(s.retryAt().isBefore(before.plusSeconds(30)), "no new try for 30 s");

      assertThrows(MessagingException.class, () -> channel(host).pollNow(b));
      assertFalse(channel(host).status(b).retryAt().isBefore(before.plusSeconds(60)), "the wait doubles");
      assertTrue(host.logLines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("(2 in a row)")),
          host.logLines().toString());
      assertTrue(host.logLines().stream().noneMatch(l -> l.contains("wrong-password")));
      assertTrue(host.counter("failures") >= 2);
    }
  }

  @Test
  void aFailedSendSaysWhy() throws Exception {
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config());
      channel(host).pollNow(b);
      support.deliver(Mails.from("gus@customer.example").subject("Help").text("Help me").build());
      channel(host).pollNow(b);
      String session = host.conversations().sessions().get(0).id();
      Map<String, Object> broken = config();
      broken.put("smtpPort", 1); // nothing listens there
      Binding bad = host.bind("t1", "acct-1", broken);

      Exception e = assertThrows(Exception.class, () -> host.reply(bad, session, Content.text("hello")));

      assertTrue(e.getMessage().startsWith("sending the email to gus@customer.example through "), e.getMessage());
      assertEquals(1, host.counter("send.failures"));
    }
  }

  @Test
  void linksAndMenusAreSentAsReadableText() throws Exception {
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config());
      channel(host).pollNow(b);
      support.deliver(Mails.from("hal@customer.example").subject("Options?").text("What can I do?").build());
      channel(host).pollNow(b);
      String session = host.conversations().sessions().get(0).id();

      host.reply(b, session, new Content.Menu("Pick one:",
          List.of(new Content.Option("track", "Track my order"), new Content.Option("human", "Talk to a person")), null));
      host.reply(b, session, new Content.Link("Returns policy", "https://example.com/returns", "30 days, free."));

      assertTrue(mail.waitForIncomingEmail(2));
      MimeMessage[] inbox = mail.getReceivedMessagesForDomain("customer.example");
      assertEquals("Pick one:\n\n1. Track my order\n2. Talk to a person\n\nReply with the number of your choice.",
          ((String) inbox[0].getContent()).strip().replace("\r\n", "\n"));
      assertEquals("Returns policy\n30 days, free.\nhttps://example.com/returns",
          ((String) inbox[1].getContent()).strip().replace("\r\n", "\n"));
    }
  }

  @Test
  void aFullStoreDegradesThreadingButNeverStopsTheMailbox() throws Exception {
    try (TestHost host = host()) {
      Binding b = host.bind("t1", "acct-1", config());
      channel(host).pollNow(b);
      long used = b.store().list("", 1000).entrySet().stream()
          .mapToLong(e -> e.getKey().length() + e.getValue().length()).sum();
      long quota = ((Number) ((Map<?, ?>) host.descriptor().get("permissions")).get("storageMb")).longValue() << 20;
      b.store().put("filler", "x".repeat((int) (quota - used - "filler".length() - 10)));
      support.deliver(Mails.from("jo@customer.example").subject("Still there?").text("Hello").build());

      channel(host).pollNow(b);

      assertEquals(1, host.conversations().sessions().size());
      assertTrue(host.logLines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("storage is full")));
    }
  }

  @Test
  void emailHasNoSendWindow() throws Exception {
    try (TestHost host = host()) {
      assertTrue(host.extension(ChannelPlugin.class).sendWindow().unlimited());
      assertEquals("email", host.extension(ChannelPlugin.class).channel());
      assertNull(host.descriptor().get("publicPaths"));
    }
  }

  /** Waits for something the servers do on their own threads; fails with what it waited for. */
  private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what);
      }
      Thread.sleep(50);
    }
  }
}
