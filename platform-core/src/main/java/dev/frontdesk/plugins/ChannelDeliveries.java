package dev.frontdesk.plugins;

import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.attachments.Attachments;
import dev.frontdesk.conversation.ChannelDelivery;
import dev.frontdesk.conversation.ChannelWindows;
import dev.frontdesk.conversation.Customer;
import dev.frontdesk.conversation.Message;
import dev.frontdesk.conversation.SendFailures;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.ExternalCustomer;
import dev.frontdesk.spi.OutboundMessage;
import dev.frontdesk.spi.SendWindow;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers business messages in channel sessions through their channel plugin, after the message is stored and
 * shown to agents. A delivery that fails (the plugin throws, times out, or is no longer enabled) is recorded as
 * {@code msg_send_fail}, which agents see on the message. Also applies the channel's send window.
 */
@ApplicationScoped
public class ChannelDeliveries implements ChannelWindows {

  private static final Logger LOG = Logger.getLogger(ChannelDeliveries.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PluginHost host;
  @Inject PluginBindings bindings;
  @Inject Attachments attachments;
  @Inject SendFailures sendFailures;
  @Inject ChannelDeliveries self;
  @Resource ManagedExecutorService executor;

  /** What a delivery needs, read in one transaction. */
  record Prepared(Session session, Message message, RunningPlugin plugin, Binding binding, OutboundMessage outbound, String problem) {}

  @Override
  public String refusal(Session session, Instant now) {
    Optional<RunningPlugin.Channel> channel = host.running(session.channel().pluginId()).flatMap(RunningPlugin::channel);
    if (channel.isEmpty()) {
      return "The " + session.channel().name() + " channel is not available on the platform now.";
    }
    SendWindow w = channel.get().sendWindow();
    if (w.unlimited()) {
      return null;
    }
    return new dev.frontdesk.accounts.SendWindow(w.maxMessages(), w.within() == null ? java.time.Duration.ofDays(36500) : w.within())
        .refusal(session.lastCustomerMessageAt(), session.businessSends(), now);
  }

  void onDelivery(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelDelivery d) {
    executor.execute(() -> TenantContext.runAs(d.tenantId(), () -> deliver(d)));
  }

  void deliver(ChannelDelivery d) {
    Prepared p = self.prepare(d).orElse(null);
    if (p == null) {
      return;
    }
    if (p.problem() != null) {
      sendFailures.record(p.session(), p.message().clientMsgId(), p.problem());
      return;
    }
    ChannelPlugin channel = p.plugin().extensions(ChannelPlugin.class).get(0);
    try {
      p.plugin().call(p.binding().tenantId(), "sending a message", () -> channel.send(p.binding(), p.outbound()));
    } catch (PluginFailure e) {
      LOG.warning("delivery of message " + d.messageId() + " failed: " + e.getMessage());
      sendFailures.record(p.session(), p.message().clientMsgId(), "Not delivered through " + p.session().channel().name() + ": " + e.getMessage());
    }
  }

  @Transactional
  public Optional<Prepared> prepare(ChannelDelivery d) {
    Session s = em.find(Session.class, d.sessionId());
    Message m = em.find(Message.class, d.messageId());
    if (s == null || m == null || s.channel() == null || m.recalledAt() != null) {
      return Optional.empty();
    }
    Session.Channel ch = s.channel();
    Optional<RunningPlugin> plugin = host.running(ch.pluginId()).filter(p -> p.channel().isPresent());
    Optional<PluginBinding> binding = plugin.flatMap(p -> bindings.effective(ch.pluginId(), s.accountId()));
    if (binding.isEmpty()) {
      return Optional.of(new Prepared(s, m, null, null, null,
          "Not delivered: the " + ch.name() + " channel is not enabled for this account any more."));
    }
    Customer c = em.find(Customer.class, s.customerId());
    String prefix = ChannelInbound.CUSTOMER_PREFIX + ch.pluginId() + ":";
    String id = c.externalId() != null && c.externalId().startsWith(prefix) ? c.externalId().substring(prefix.length()) : c.id().toString();
    CsAccount account = em.find(CsAccount.class, s.accountId());
    OutboundMessage out =
        new OutboundMessage(
            s.tenantId().toString(), s.accountId().toString(), s.id().toString(), m.id().toString(),
            new ExternalCustomer(id, c.name(), id.contains("@") ? id : null), ch.threadKey(), account.name(),
            Contents.toSpi(m.content(), attachments::bytes), m.createdAt());
    return Optional.of(new Prepared(s, m, plugin.get(), host.binding(plugin.get().descriptor(), binding.get()), out, null));
  }
}
