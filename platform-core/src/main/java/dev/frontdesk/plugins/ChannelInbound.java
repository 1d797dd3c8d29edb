package dev.frontdesk.plugins;

import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.billing.Quotas;
import dev.frontdesk.attachments.Attachment;
import dev.frontdesk.attachments.AttachmentKind;
import dev.frontdesk.attachments.Attachments;
import dev.frontdesk.attachments.Uploader;
import dev.frontdesk.conversation.Conversations;
import dev.frontdesk.conversation.Customer;
import dev.frontdesk.conversation.Customers;
import dev.frontdesk.conversation.Inbound;
import dev.frontdesk.conversation.MessageContent;
import dev.frontdesk.conversation.MessageType;
import dev.frontdesk.conversation.Sender;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.leftmessages.LeftMessage;
import dev.frontdesk.leftmessages.LeftMessages;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.ExternalCustomer;
import dev.frontdesk.spi.InboundMessage;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A channel plugin's inbound path into the conversation engine: finds or creates the channel's customer and
 * the thread's session, then hands each message to {@link Conversations#accept}, the path every message takes.
 * The channel's message id, hashed, becomes the message's client id: a message delivered twice is stored once.
 */
@ApplicationScoped
public class ChannelInbound {

  /** Customers a channel knows are keyed {@code plugin:<id>:<their id>} in the external-id column. */
  static final String CUSTOMER_PREFIX = "plugin:";

  @PersistenceContext EntityManager em;
  @Inject Conversations conversations;
  @Inject Customers customers;
  @Inject Accounts accounts;
  @Inject Attachments attachments;
  @Inject ChannelInbound self;
  @Inject LeftMessages leftMessages;

  /**
   * Entry from the plugin's thread: runs as the binding's tenant and turns refusals into the SPI's exception. A
   * message that would start a conversation past the plan's limit is left for staff instead (its transaction
   * wrote nothing), with the sender's address as the contact, so nothing is lost; its receipt has no session.
   */
  dev.frontdesk.spi.Inbound.Receipt receive(
      Descriptor plugin, String channelName, UUID tenantId, UUID bindingAccount, InboundMessage message) {
    try {
      try {
        return TenantContext.callAs(tenantId, () -> self.accept(plugin, channelName, bindingAccount, message));
      } catch (ProblemException e) {
        if (!Quotas.refusesConversations(e)) {
          throw e;
        }
        return TenantContext.callAs(tenantId, () -> self.leave(plugin, channelName, bindingAccount, message));
      }
    } catch (ProblemException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Leaves the channel message for staff, once however often it is delivered. */
  @Transactional
  public dev.frontdesk.spi.Inbound.Receipt leave(
      Descriptor plugin, String channelName, UUID bindingAccount, InboundMessage message) {
    UUID accountId = account(message.accountId(), bindingAccount);
    String ref = clientMsgId(message.externalId());
    LeftMessage earlier = leftMessages.bySource(ref).orElse(null);
    if (earlier != null) {
      return new dev.frontdesk.spi.Inbound.Receipt(null, earlier.id().toString(), true);
    }
    ExternalCustomer from = message.customer();
    Customer customer = customers.identified(customerKey(plugin.id(), from.id()), from.name());
    String contact = cut(from.email() != null && !from.email().isBlank() ? from.email() : from.id(), LeftMessage.MAX_CONTACT);
    String name = cut(from.name() != null && !from.name().isBlank() ? from.name() : contact, LeftMessage.MAX_NAME);
    LeftMessage left = leftMessages.leave(
        new LeftMessage.Origin(accountId, null, null, channelName, ref), customer.id(), name, contact,
        cut(leftText(message.content()), LeftMessage.MAX_STORED_TEXT));
    return new dev.frontdesk.spi.Inbound.Receipt(null, left.id().toString(), false);
  }

  /** A left message is text: a file or link is named (the file itself is not kept without a conversation). */
  private static String leftText(Content content) {
    if (content instanceof Content.Text t && !t.text().isBlank()) {
      return t.text();
    } else if (content instanceof Content.File f) {
      return "(sent a file: " + f.name() + ")";
    } else if (content instanceof Content.Link l) {
      return l.title() + " " + l.url();
    }
    throw ProblemException.badRequest("the message is empty");
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  @Transactional
  public dev.frontdesk.spi.Inbound.Receipt accept(
      Descriptor plugin, String channelName, UUID bindingAccount, InboundMessage message) {
    UUID accountId = account(message.accountId(), bindingAccount);
    String clientMsgId = clientMsgId(message.externalId());
    Customer customer = customers.identified(customerKey(plugin.id(), message.customer().id()), message.customer().name());
    Session.Channel channel = new Session.Channel(plugin.id(), channelName, trimmed(message.threadKey(), 500));
    List<MessageContent> parts = contents(message.content(), customer.id());
    Session session = null;
    Conversations.Accepted first = null;
    for (int i = 0; i < parts.size(); i++) {
      String id = i == 0 ? clientMsgId : clientMsgId(message.externalId() + "#" + i);
      if (session == null) {
        Conversations.Accepted earlier = conversations.earlier(Sender.customer(customer.id()), id).orElse(null);
        if (earlier != null) { // delivered before: nothing new, not even a session
          return new dev.frontdesk.spi.Inbound.Receipt(
              earlier.session().id().toString(), earlier.message().id().toString(), true);
        }
        session = conversations.enterThroughChannel(customer.id(), accountId, channel);
      }
      Conversations.Accepted accepted =
          conversations.accept(new Inbound(session.id(), Sender.customer(customer.id()), id, parts.get(i)));
      if (accepted.session().channel() == null) { // it had closed under us: the continuation is the thread's now
        accepted.session().throughChannel(channel);
      }
      session = accepted.session();
      first = first == null ? accepted : first;
    }
    return new dev.frontdesk.spi.Inbound.Receipt(
        first.session().id().toString(), first.message().id().toString(), first.duplicate());
  }

  private UUID account(String given, UUID bindingAccount) {
    UUID accountId;
    if (given == null) {
      if (bindingAccount == null) {
        throw ProblemException.badRequest(
            "accountId is required: the plugin is enabled for the whole company, so say which CS account the message is for");
      }
      accountId = bindingAccount;
    } else {
      try {
        accountId = UUID.fromString(given);
      } catch (IllegalArgumentException e) {
        throw ProblemException.badRequest("accountId '" + given + "' is not a CS account id");
      }
      if (bindingAccount != null && !bindingAccount.equals(accountId)) {
        throw ProblemException.badRequest("the plugin is enabled for account " + bindingAccount + ", not " + accountId);
      }
    }
    accounts.get(accountId); // 404 unless an account of this company
    return accountId;
  }

  /** The engine's message contents for one channel message; long text is split at the engine's limit. */
  private List<MessageContent> contents(Content content, UUID customerId) {
    List<MessageContent> out = new ArrayList<>();
    if (content instanceof Content.Text t) {
      String text = t.text().strip();
      if (text.isEmpty()) {
        throw ProblemException.badRequest("the message text is empty");
      }
      for (String part : split(text, 4000)) {
        out.add(new MessageContent.Text(part, t.menuId()));
      }
    } else if (content instanceof Content.File f) {
      AttachmentKind kind = kindOf(f.kind());
      Attachment a =
          attachments.upload(kind, f.name(), (long) f.data().length, f.contentType(), new ByteArrayInputStream(f.data()),
              Uploader.customer(customerId));
      out.add(new MessageContent.Media(MessageType.valueOf(kind.name()), a.id(), null, null, null));
    } else if (content instanceof Content.Link l) {
      out.add(new MessageContent.Link(l.title(), l.url(), l.description(), null));
    } else {
      throw ProblemException.badRequest(
          "customers cannot send " + content.getClass().getSimpleName() + " messages through a channel");
    }
    return out;
  }

  private static AttachmentKind kindOf(String kind) {
    try {
      AttachmentKind k = AttachmentKind.valueOf(kind.toUpperCase(Locale.ROOT));
      if (k != AttachmentKind.AVATAR) {
        return k;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw ProblemException.badRequest("file kind '" + kind + "' is not one of image, video, voice, sticker, file");
  }

  /** Splits at paragraph or line ends where it can, never inside a surrogate pair. */
  static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf("\n\n", max);
      if (cut < max / 2) {
        cut = rest.lastIndexOf('\n', max);
      }
      if (cut < max / 2) {
        cut = rest.lastIndexOf(' ', max);
      }
      if (cut < max / 2) {
        cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
      }
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  static String customerKey(String pluginId, String externalCustomerId) {
    String key = CUSTOMER_PREFIX + pluginId + ":" + externalCustomerId.strip().toLowerCase(Locale.ROOT);
    return key.length() <= 200 ? key : CUSTOMER_PREFIX + pluginId + ":#" + hash(key);
  }

  /** At most 64 characters, as the engine's client message ids are. */
  static String clientMsgId(String externalId) {
    return "ch:" + hash(externalId);
  }

  private static String trimmed(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : "#" + hash(s);
  }

  private static String hash(String s) {
    try {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
