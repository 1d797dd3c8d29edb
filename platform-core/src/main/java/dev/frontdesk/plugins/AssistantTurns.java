package dev.frontdesk.plugins;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.AssistantTurn;
import dev.frontdesk.conversation.Conversations;
import dev.frontdesk.conversation.Inbound;
import dev.frontdesk.conversation.Message;
import dev.frontdesk.conversation.Sender;
import dev.frontdesk.conversation.SenderType;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.reception.Assistants;
import dev.frontdesk.reception.Reception;
import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets the assistant plugin answer sessions in state 1. Each customer message is one turn, run after its
 * transaction commits on a managed thread: the plugin's reply is sent through the engine's one path, or the
 * session is handed to reception. A failing or timed-out assistant hands off, so no customer waits on it.
 */
@ApplicationScoped
public class AssistantTurns implements Assistants {

  private static final Logger LOG = Logger.getLogger(AssistantTurns.class.getName());
  static final Sender ASSISTANT = new Sender(SenderType.ASSISTANT, null);
  private static final int HISTORY = 20;
  /** Turns of one session run one at a time, in order; striped so the locks need no cleanup. */
  private static final Object[] STRIPES = new Object[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new Object();
    }
  }

  @PersistenceContext EntityManager em;
  @Inject PluginHost host;
  @Inject PluginBindings bindings;
  @Inject Conversations conversations;
  @Inject Reception reception;
  @Inject AssistantTurns self;
  @Resource ManagedExecutorService executor;

  /** What a turn needs, read in one short transaction. */
  record Prepared(RunningPlugin plugin, AssistantPlugin assistant, Binding binding, AssistantPlugin.Turn turn, UUID accountId) {}

  @Override
  public boolean availableFor(UUID accountId) {
    return assistantFor(accountId).isPresent();
  }

  private Optional<Prepared> assistantFor(UUID accountId) {
    for (RunningPlugin p : host.implementing(AssistantPlugin.class)) {
      Optional<PluginBinding> b = bindings.effective(p.descriptor().id(), accountId);
      if (b.isPresent()) {
        return Optional.of(new Prepared(p, p.extensions(AssistantPlugin.class).get(0), host.binding(p.descriptor(), b.get()), null, accountId));
      }
    }
    return Optional.empty();
  }

  void onTurn(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssistantTurn turn) {
    executor.execute(() -> TenantContext.runAs(turn.tenantId(), () -> {
      synchronized (STRIPES[Math.floorMod(turn.sessionId().hashCode(), STRIPES.length)]) {
        run(turn);
      }
    }));
  }

  void run(AssistantTurn t) {
    Prepared p;
    try {
      p = self.prepare(t).orElse(null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "assistant turn for session " + t.sessionId() + " could not be prepared", e);
      return;
    }
    if (p == null) {
      return;
    }
    if (p.plugin() == null) {
      handOff(p.accountId(), t, "assistant_unavailable", null);
      return;
    }
    AssistantPlugin.Reply reply;
    try {
      reply = p.plugin().call(p.binding().tenantId(), "answering", () -> p.assistant().answer(p.binding(), p.turn()));
    } catch (PluginFailure e) {
      LOG.warning("assistant failed on session " + t.sessionId() + ": " + e.getMessage());
      handOff(p.accountId(), t, "assistant_failed", null);
      return;
    }
    try {
      if (reply instanceof AssistantPlugin.Answer a) {
        for (int i = 0; i < a.messages().size(); i++) {
          say(t, i, a.messages().get(i));
        }
      } else if (reply instanceof AssistantPlugin.HandOff h) {
        handOff(p.accountId(), t, h.reason(), h.message());
      } else {
        handOff(p.accountId(), t, "assistant_failed", null); // null from the plugin
      }
    } catch (IllegalArgumentException e) { // content the engine cannot send
      LOG.warning("assistant answer on session " + t.sessionId() + " refused: " + e.getMessage());
      handOff(p.accountId(), t, "assistant_failed", null);
    }
  }

  /** The session, the message to answer, its history; empty when the session is no longer the assistant's. */
  @Transactional
  public Optional<Prepared> prepare(AssistantTurn t) {
    Session s = em.find(Session.class, t.sessionId());
    if (s == null || s.state() != SessionState.ASSISTANT) {
      return Optional.empty();
    }
    List<Message> recent =
        em.createQuery("select m from Message m where m.sessionId = :s and m.seq <= :seq order by m.seq desc", Message.class)
            .setParameter("s", s.id())
            .setParameter("seq", t.seq())
            .setMaxResults(HISTORY + 1)
            .getResultList();
    if (recent.isEmpty() || recent.get(0).seq() != t.seq() || recent.get(0).sender().type() != SenderType.CUSTOMER) {
      return Optional.empty();
    }
    Message asked = recent.get(0);
    List<AssistantPlugin.Said> history = new ArrayList<>();
    for (Message m : recent.subList(1, recent.size())) {
      if (m.recalledAt() == null) {
        history.add(new AssistantPlugin.Said(m.sender().type() == SenderType.CUSTOMER, Contents.toSpi(m.content(), null)));
      }
    }
    Collections.reverse(history);
    long turn =
        em.createQuery("select count(m) from Message m where m.sessionId = :s and m.seq <= :seq and m.senderRef like 'customer:%'", Long.class)
            .setParameter("s", s.id())
            .setParameter("seq", t.seq())
            .getSingleResult();
    Optional<Prepared> assistant = assistantFor(s.accountId());
    if (assistant.isEmpty()) {
      return Optional.of(new Prepared(null, null, null, null, s.accountId()));
    }
    AssistantPlugin.Turn spiTurn =
        new AssistantPlugin.Turn(
            s.id().toString(), s.accountId().toString(), s.customerId().toString(), Contents.toSpi(asked.content(), null),
            (int) turn, history);
    Prepared a = assistant.get();
    return Optional.of(new Prepared(a.plugin(), a.assistant(), a.binding(), spiTurn, s.accountId()));
  }

  private void say(AssistantTurn t, int index, Content content) {
    try {
      conversations.accept(
          new Inbound(t.sessionId(), ASSISTANT, "as:" + t.sessionId() + ":" + t.seq() + ":" + index, Contents.toEngine(content),
              s -> {
                if (s.state() != SessionState.ASSISTANT) {
                  throw ProblemException.conflict("the session is no longer the assistant's");
                }
              }));
    } catch (ProblemException e) {
      LOG.fine(() -> "assistant answer on session " + t.sessionId() + " not sent: " + e.getMessage());
    }
  }

  private void handOff(UUID accountId, AssistantTurn t, String reason, Content message) {
    if (message != null) {
      try {
        say(t, 99, message);
      } catch (IllegalArgumentException e) {
        LOG.fine("hand-off message not sendable: " + e.getMessage());
      }
    }
    reception.handOff(accountId, t.sessionId(), reason);
  }
}
