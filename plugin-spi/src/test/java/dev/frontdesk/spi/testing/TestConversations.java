package dev.frontdesk.spi.testing;

import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.ExternalCustomer;
import dev.frontdesk.spi.Inbound;
import dev.frontdesk.spi.InboundMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The harness's conversation engine: the same session rules as the platform's inbound path (one session per
 * thread key, else the customer's open session with the account; idempotent on the external id), kept in
 * memory so tests can read what a plugin delivered.
 */
public final class TestConversations {

  /** A session; {@code closed} sessions take no more messages (a customer writing again opens a new one). */
  public static final class Session {
    private final String id = UUID.randomUUID().toString();
    private final String tenantId;
    private final String accountId;
    private final ExternalCustomer customer;
    private final String threadKey;
    private final List<Message> messages = new ArrayList<>();
    private boolean closed;

    Session(String tenantId, String accountId, ExternalCustomer customer, String threadKey) {
      this.tenantId = tenantId;
      this.accountId = accountId;
      this.customer = customer;
      this.threadKey = threadKey;
    }

    public String id() {
      return id;
    }

    public String tenantId() {
      return tenantId;
    }

    public String accountId() {
      return accountId;
    }

    public ExternalCustomer customer() {
      return customer;
    }

    public String threadKey() {
      return threadKey;
    }

    public synchronized List<Message> messages() {
      return List.copyOf(messages);
    }

    public synchronized boolean closed() {
      return closed;
    }
  }

  /** One stored message; {@code externalId} is the channel's id (inbound) or what the plugin's send returned. */
  public record Message(String id, boolean fromCustomer, Content content, String externalId) {}

  private final List<Session> sessions = new ArrayList<>();
  private final Map<String, Inbound.Receipt> byExternalId = new HashMap<>();

  public synchronized List<Session> sessions() {
    return List.copyOf(sessions);
  }

  public synchronized Session session(String id) {
    return sessions.stream()
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no session " + id));
  }

  public synchronized void close(String sessionId) {
    session(sessionId).closed = true;
  }

  Inbound inbound(String tenantId, String bindingAccountId) {
    return message -> receive(tenantId, bindingAccountId, message);
  }

  synchronized Inbound.Receipt receive(String tenantId, String bindingAccountId, InboundMessage in) {
    String accountId = in.accountId() != null ? in.accountId() : bindingAccountId;
    if (accountId == null) {
      throw new IllegalArgumentException("accountId is required: the plugin is enabled for the whole tenant");
    }
    if (bindingAccountId != null && !bindingAccountId.equals(accountId)) {
      throw new IllegalArgumentException("account " + accountId + " is not this binding's account");
    }
    if (in.content() instanceof Content.Text t && t.text().isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    String key = tenantId + "/" + in.externalId();
    Inbound.Receipt earlier = byExternalId.get(key);
    if (earlier != null) {
      return new Inbound.Receipt(earlier.sessionId(), earlier.messageId(), true);
    }
    Session session = open(tenantId, accountId, in.customer(), in.threadKey()).orElse(null);
    if (session == null) {
      session = new Session(tenantId, accountId, in.customer(), in.threadKey());
      sessions.add(session);
    }
    Message m = new Message(UUID.randomUUID().toString(), true, in.content(), in.externalId());
    synchronized (session) {
      session.messages.add(m);
    }
    Inbound.Receipt receipt = new Inbound.Receipt(session.id, m.id(), false);
    byExternalId.put(key, receipt);
    return receipt;
  }

  /** Records a business message that the plugin delivered. */
  synchronized Message recordSent(Session session, Content content, String externalId) {
    Message m = new Message(UUID.randomUUID().toString(), false, content, externalId);
    synchronized (session) {
      session.messages.add(m);
    }
    return m;
  }

  private Optional<Session> open(String tenantId, String accountId, ExternalCustomer customer, String threadKey) {
    return sessions.stream()
        .filter(s -> !s.closed && s.tenantId.equals(tenantId) && s.accountId.equals(accountId))
        .filter(s -> s.customer.id().equals(customer.id()))
        .filter(s -> Objects.equals(s.threadKey, threadKey) || threadKey == null)
        .reduce((first, second) -> second);
  }
}
